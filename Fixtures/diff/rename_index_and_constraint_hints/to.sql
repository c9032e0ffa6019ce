CREATE TABLE t (id int CONSTRAINT t_pkey PRIMARY KEY, n int CONSTRAINT t_n_check CHECK (n > 0));
CREATE INDEX t_n_idx ON t (n);
CREATE TABLE c (id int, t_id int REFERENCES t(id));

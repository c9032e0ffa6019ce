CREATE TABLE t (id int CONSTRAINT t_old_pkey PRIMARY KEY, n int CONSTRAINT n_positive CHECK (n > 0));
CREATE INDEX t_n_old_idx ON t (n);
CREATE TABLE c (id int, t_id int REFERENCES t(id));

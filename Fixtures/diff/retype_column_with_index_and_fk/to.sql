CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int, p_id int REFERENCES p(id), n bigint);
CREATE INDEX c_n_idx ON c (n);

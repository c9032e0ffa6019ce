CREATE TABLE t (id int PRIMARY KEY, a text, b int, c int);
CREATE INDEX t_a_idx ON t (lower(a));
CREATE INDEX t_b_idx ON t (b DESC NULLS LAST) INCLUDE (c) WHERE b > 0;
CREATE UNIQUE INDEX t_c_uidx ON t (c) WITH (fillfactor = 70);
CREATE INDEX t_hash_idx ON t USING hash (a);

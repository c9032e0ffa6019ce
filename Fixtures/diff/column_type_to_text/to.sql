CREATE TABLE t (id int PRIMARY KEY, code text, qty numeric(12,3));

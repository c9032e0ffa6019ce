CREATE TABLE t (id int, code text);

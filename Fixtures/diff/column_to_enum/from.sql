CREATE TABLE t (id int, k text);

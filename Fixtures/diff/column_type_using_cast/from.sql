CREATE TABLE t (id int PRIMARY KEY, n text, flag text, j json);

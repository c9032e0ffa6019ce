CREATE TABLE t (id int PRIMARY KEY, a int, b int, CONSTRAINT t_a_key UNIQUE (a));

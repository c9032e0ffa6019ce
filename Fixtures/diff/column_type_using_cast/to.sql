CREATE TABLE t (id int PRIMARY KEY, n integer, flag boolean, j jsonb);

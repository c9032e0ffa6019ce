CREATE TABLE t (id int PRIMARY KEY, n int, s varchar(10), ts timestamp);

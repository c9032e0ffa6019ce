CREATE TABLE t (id int PRIMARY KEY, n bigint, s varchar(50), ts timestamptz);

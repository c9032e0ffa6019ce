CREATE TABLE t (id int PRIMARY KEY, code varchar(5), qty smallint);

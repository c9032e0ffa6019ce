CREATE TABLE t (id int, name text, code varchar(10));

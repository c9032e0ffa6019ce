CREATE TABLE t (id int, name text COLLATE "C", code varchar(10) COLLATE "POSIX");

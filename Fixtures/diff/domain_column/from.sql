CREATE TABLE t (id int, amount numeric);

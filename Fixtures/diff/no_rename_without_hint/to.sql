CREATE TABLE t (id int, new_name text);

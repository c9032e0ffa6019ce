CREATE TABLE t (id int, old_name text);

CREATE TABLE t (id bigint, name text);

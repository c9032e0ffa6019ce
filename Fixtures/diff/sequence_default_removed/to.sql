CREATE TABLE t (id int, ticket bigint);

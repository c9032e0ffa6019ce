CREATE TABLE t (id int NOT NULL, n text);

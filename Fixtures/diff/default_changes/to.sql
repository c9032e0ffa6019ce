CREATE TABLE t (id int PRIMARY KEY, a text DEFAULT 'y', b int DEFAULT 42, c timestamptz);

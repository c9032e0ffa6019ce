CREATE TABLE t (id int PRIMARY KEY, a text DEFAULT 'x', b int, c timestamptz DEFAULT now());

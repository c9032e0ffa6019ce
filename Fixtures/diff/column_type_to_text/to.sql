CREATE TABLE t (id int PRIMARY KEY, code text, qty numeric(12,3));

-- The rows A's become (compared by values.sql).
INSERT INTO t (id, code, qty) VALUES (1, '1', 1), (2, '2', 2), (3, '3', 3);

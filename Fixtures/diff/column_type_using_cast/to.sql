CREATE TABLE t (id int PRIMARY KEY, n integer, flag boolean, j jsonb);

-- The rows A's become (compared by values.sql): Postgres's own casts of the text values.
INSERT INTO t (id, n, flag, j) VALUES (1, 10, true, '{"n": 1}'), (2, -20, false, '{"n": 2}'), (3, 30, true, '{"n": 3}');

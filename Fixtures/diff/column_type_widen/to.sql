CREATE TABLE t (id int PRIMARY KEY, n bigint, s varchar(50), ts timestamptz);

-- The rows A's become (compared by values.sql): a timestamp becomes the same wall-clock time in the session's zone.
INSERT INTO t (id, n, s, ts) VALUES
  (1, 1, '1', '2024-01-01 12:00'),
  (2, 2, '2', '2024-01-02 12:00'),
  (3, 3, '3', '2024-01-03 12:00');

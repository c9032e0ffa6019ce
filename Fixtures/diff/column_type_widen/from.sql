CREATE TABLE t (id int PRIMARY KEY, n int, s varchar(10), ts timestamp);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, n, s, ts) VALUES
  ('1', '1', '1', '2024-01-01 12:00'),
  ('2', '2', '2', '2024-01-02 12:00'),
  ('3', '3', '3', '2024-01-03 12:00');

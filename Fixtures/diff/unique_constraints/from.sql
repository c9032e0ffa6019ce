CREATE TABLE t (id int PRIMARY KEY, a int, b int, CONSTRAINT t_a_key UNIQUE (a));

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, a, b) VALUES
  ('1', '1', '1'),
  ('2', '2', '2'),
  ('3', '3', '3');

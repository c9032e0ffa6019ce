CREATE TABLE t (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, a) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

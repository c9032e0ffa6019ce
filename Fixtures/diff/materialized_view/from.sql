CREATE TABLE t (id int, n int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, n) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

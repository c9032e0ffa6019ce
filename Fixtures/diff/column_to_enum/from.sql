CREATE TABLE t (id int, k text);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, k) VALUES
  ('1', 'x'),
  ('2', 'y'),
  ('3', 'x');

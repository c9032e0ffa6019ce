CREATE TABLE t (name text);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (name) VALUES
  ('1'),
  ('2'),
  ('3');

CREATE DOMAIN d AS int; CREATE TABLE t (x d);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (x) VALUES
  ('1'),
  ('2'),
  ('3');

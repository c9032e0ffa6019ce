CREATE TABLE t (id int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id) VALUES
  ('1'),
  ('2'),
  ('3');

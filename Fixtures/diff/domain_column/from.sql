CREATE TABLE t (id int, amount numeric);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, amount) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

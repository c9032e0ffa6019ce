CREATE TABLE t (id int, old_name text);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, old_name) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

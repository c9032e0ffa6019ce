CREATE TABLE t (id int PRIMARY KEY, name text, legacy int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, name, legacy) VALUES
  ('1', '1', '1'),
  ('2', '2', '2'),
  ('3', '3', '3');

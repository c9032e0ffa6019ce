CREATE TABLE t (id int, name text, code varchar(10));

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, name, code) VALUES
  ('1', '1', '1'),
  ('2', '2', '2'),
  ('3', '3', '3');

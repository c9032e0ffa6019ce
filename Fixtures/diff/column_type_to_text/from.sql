CREATE TABLE t (id int PRIMARY KEY, code varchar(5), qty smallint);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, code, qty) VALUES
  ('1', '1', '1'),
  ('2', '2', '2'),
  ('3', '3', '3');

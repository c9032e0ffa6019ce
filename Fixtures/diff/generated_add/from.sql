CREATE TABLE t (id int PRIMARY KEY, price numeric, qty int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, price, qty) VALUES
  ('1', '1', '1'),
  ('2', '2', '2'),
  ('3', '3', '3');

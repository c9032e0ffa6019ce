CREATE TABLE t (id int, a int CHECK (a > 0), b int, CONSTRAINT t_b_check CHECK (b > 0));

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, a, b) VALUES
  ('1', '1', '11'),
  ('2', '2', '12'),
  ('3', '3', '13');

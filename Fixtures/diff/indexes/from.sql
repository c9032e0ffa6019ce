CREATE TABLE t (id int PRIMARY KEY, a text, b int, c int);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
CREATE INDEX t_old_idx ON t (c);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, a, b, c) VALUES
  ('1', '1', '1', '1'),
  ('2', '2', '2', '2'),
  ('3', '3', '3', '3');

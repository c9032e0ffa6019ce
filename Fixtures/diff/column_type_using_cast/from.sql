CREATE TABLE t (id int PRIMARY KEY, n text, flag text, j json);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, n, flag, j) VALUES
  ('1', '10', 'true', '{"n": 1}'),
  ('2', '-20', 'no', '{"n": 2}'),
  ('3', '30', 'on', '{"n": 3}');

CREATE TABLE t (id int, code text);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, code) VALUES
  ('1', 'code-1'),
  ('2', 'code-2'),
  ('3', 'code-3');

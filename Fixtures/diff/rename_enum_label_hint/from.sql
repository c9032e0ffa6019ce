CREATE TYPE s AS ENUM ('todo', 'done');
CREATE TABLE t (x s DEFAULT 'todo');

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (x) VALUES
  ('done'),
  ('done'),
  ('done');

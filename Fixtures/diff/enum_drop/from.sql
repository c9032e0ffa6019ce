CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (id int, m mood);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, m) VALUES
  ('1', 'a'),
  ('2', 'a'),
  ('3', 'a');

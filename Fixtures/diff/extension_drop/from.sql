CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id int, email citext);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, email) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

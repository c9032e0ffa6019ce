CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (m mood);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (m) VALUES
  ('sad'),
  ('ok'),
  ('sad');

CREATE TABLE t (id int PRIMARY KEY, a text, b text NOT NULL);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, a, b) VALUES
  ('1', '1', '1'),
  ('2', '2', '2'),
  ('3', '3', '3');

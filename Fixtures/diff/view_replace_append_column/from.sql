CREATE TABLE t (id int, name text);
CREATE VIEW v AS SELECT id FROM t;

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, name) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

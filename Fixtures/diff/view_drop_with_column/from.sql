CREATE TABLE t (id int, old text);
CREATE VIEW v AS SELECT old FROM t;

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, old) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

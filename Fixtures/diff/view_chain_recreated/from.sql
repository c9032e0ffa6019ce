CREATE TABLE t (id int, amount int);
CREATE VIEW v1 AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT amount FROM v1 WHERE id > 0;

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, amount) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

CREATE UNLOGGED TABLE a (id int); CREATE TABLE b (id int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO a (id) VALUES
  ('1'),
  ('2'),
  ('3');
INSERT INTO b (id) VALUES
  ('1'),
  ('2'),
  ('3');

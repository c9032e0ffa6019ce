CREATE TABLE p (id int PRIMARY KEY, code text); CREATE TABLE c (id int, code text);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO c (id, code) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');
INSERT INTO p (id, code) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

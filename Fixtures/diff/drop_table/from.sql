CREATE TABLE items (id int PRIMARY KEY, name text);
CREATE TABLE keep (id int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO keep (id) VALUES
  ('1'),
  ('2'),
  ('3');

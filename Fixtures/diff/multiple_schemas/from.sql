CREATE SCHEMA a; CREATE SCHEMA b; CREATE TABLE a.users (id int PRIMARY KEY);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO a.users (id) VALUES
  ('1'),
  ('2'),
  ('3');

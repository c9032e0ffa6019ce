CREATE TABLE users (id int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO users (id) VALUES
  ('1'),
  ('2'),
  ('3');

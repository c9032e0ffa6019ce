CREATE TABLE docs (id int, owner text);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO docs (id, owner) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

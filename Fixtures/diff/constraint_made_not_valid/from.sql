CREATE TABLE c (id int CONSTRAINT c_id_check CHECK (id > 0));

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO c (id) VALUES
  ('1'),
  ('2'),
  ('3');

CREATE TABLE people (id int PRIMARY KEY, full_name text, email text);
CREATE INDEX people_email_idx ON people (email);
CREATE TABLE notes (id int, person_id int REFERENCES people(id));

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO people (id, full_name, email) VALUES
  ('1', '1', '1'),
  ('2', '2', '2'),
  ('3', '3', '3');
INSERT INTO notes (id, person_id) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

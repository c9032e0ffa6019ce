CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE c (id int);
ALTER TABLE b ENABLE ROW LEVEL SECURITY; ALTER TABLE b FORCE ROW LEVEL SECURITY;
ALTER TABLE c ENABLE ROW LEVEL SECURITY;

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO a (id) VALUES
  ('1'),
  ('2'),
  ('3');
INSERT INTO b (id) VALUES
  ('1'),
  ('2'),
  ('3');
INSERT INTO c (id) VALUES
  ('1'),
  ('2'),
  ('3');

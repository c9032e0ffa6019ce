CREATE TABLE orgs (id int PRIMARY KEY);
CREATE TABLE users (id int PRIMARY KEY, org_id int REFERENCES orgs(id));
CREATE TABLE posts (id int PRIMARY KEY, author int);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO orgs (id) VALUES
  ('1'),
  ('2'),
  ('3');
INSERT INTO posts (id, author) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');
INSERT INTO users (id, org_id) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

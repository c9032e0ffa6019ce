CREATE TABLE people (id int PRIMARY KEY, full_name text, email text);
CREATE INDEX people_email_idx ON people (email);
CREATE TABLE notes (id int, person_id int REFERENCES people(id));

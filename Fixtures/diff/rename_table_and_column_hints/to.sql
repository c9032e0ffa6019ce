CREATE TABLE users (id int PRIMARY KEY, name text, email text);
CREATE INDEX people_email_idx ON users (email);
CREATE TABLE notes (id int, person_id int REFERENCES users(id));

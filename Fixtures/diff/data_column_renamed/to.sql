CREATE TABLE people (id int PRIMARY KEY, display_name text NOT NULL, email text UNIQUE);
CREATE INDEX people_full_name_idx ON people (display_name);

CREATE TABLE people (id int PRIMARY KEY, full_name text NOT NULL, mail text UNIQUE);
CREATE INDEX people_full_name_idx ON people (full_name);

INSERT INTO people (id, full_name, mail) VALUES (1, 'Ada', 'ada@example.com'), (2, 'Grace', NULL), (3, 'Linus', 'l@example.com');

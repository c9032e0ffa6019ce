CREATE TABLE items (id int PRIMARY KEY, name text);
CREATE TABLE keep (id int);

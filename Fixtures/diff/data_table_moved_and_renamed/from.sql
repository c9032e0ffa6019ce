CREATE SCHEMA staging;
CREATE SCHEMA app;
CREATE TABLE staging.raw_users (id int PRIMARY KEY, email text NOT NULL UNIQUE);

INSERT INTO staging.raw_users (id, email) VALUES (1, 'a@example.com'), (2, 'b@example.com'), (3, 'c@example.com');

CREATE SCHEMA a; CREATE SCHEMA b; CREATE SCHEMA c;
CREATE TYPE c.level AS ENUM ('low', 'high');
CREATE TABLE a.users (id int PRIMARY KEY, lvl c.level);
CREATE TABLE b.posts (id int PRIMARY KEY, user_id int REFERENCES a.users(id));
CREATE TABLE c.audit (id int, post_id int REFERENCES b.posts(id));
CREATE VIEW c.user_posts AS SELECT u.id, p.id AS post FROM a.users u JOIN b.posts p ON p.user_id = u.id;

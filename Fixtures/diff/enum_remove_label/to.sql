CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE posts (id int PRIMARY KEY, s status NOT NULL DEFAULT 'draft', history status[]);
CREATE VIEW published AS SELECT id FROM posts WHERE s = 'published';

CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE posts (id int PRIMARY KEY, s status NOT NULL DEFAULT 'draft', history status[]);
CREATE VIEW published AS SELECT id FROM posts WHERE s = 'published';

-- The rows A's become (compared by values.sql): 'archived' was never stored.
INSERT INTO posts (id, s, history) VALUES
  (1, 'draft', '{}'),
  (2, 'published', '{}'),
  (3, 'draft', '{}');

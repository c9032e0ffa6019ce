CREATE TYPE status AS ENUM ('draft', 'published', 'archived');
CREATE TABLE posts (id int PRIMARY KEY, s status NOT NULL DEFAULT 'draft', history status[]);
CREATE VIEW published AS SELECT id FROM posts WHERE s = 'published';

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO posts (id, s, history) VALUES
  ('1', 'draft', '{}'),
  ('2', 'published', '{}'),
  ('3', 'draft', '{}');

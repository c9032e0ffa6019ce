CREATE EXTENSION pg_trgm VERSION '1.5';
CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE docs (id int PRIMARY KEY, title text, attrs hstore);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);
INSERT INTO docs VALUES (1, 'hello', 'a=>1'), (2, 'world', NULL);

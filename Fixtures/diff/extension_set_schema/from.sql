CREATE EXTENSION pg_trgm;
CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE docs (id int PRIMARY KEY, title text);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);
INSERT INTO docs VALUES (1, 'hello'), (2, 'world');

CREATE EXTENSION pg_trgm VERSION '1.6';
CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE docs (id int PRIMARY KEY, title text, attrs hstore);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);

CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
CREATE EXTENSION hstore WITH SCHEMA ext VERSION '1.8';
CREATE TABLE docs (id int PRIMARY KEY, title text);
CREATE INDEX docs_title_trgm ON docs USING gin (title ext.gin_trgm_ops);

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id int, name text, email citext);
CREATE INDEX t_name_trgm ON t USING gin (name gin_trgm_ops);

CREATE TABLE t (name text);
CREATE TABLE u (id serial PRIMARY KEY, n bigserial);

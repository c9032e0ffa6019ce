CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a');
CREATE DOMAIN app.dom AS int;
CREATE SEQUENCE app.seq;
CREATE TABLE app.t (id int CONSTRAINT t_pk PRIMARY KEY, n int);
CREATE INDEX t_n_idx ON app.t (n);
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE VIEW app.v AS SELECT id FROM app.t;
COMMENT ON TABLE app.t IS 'old table';
COMMENT ON COLUMN app.t.n IS 'gone';

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO app.t (id, n) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

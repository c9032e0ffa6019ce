CREATE SCHEMA legacy;
CREATE TABLE legacy.accounts (id int PRIMARY KEY, name text);
CREATE INDEX accounts_name_idx ON legacy.accounts (name);
CREATE TABLE public.logins (id int, account_id int REFERENCES legacy.accounts(id));
CREATE FUNCTION legacy.one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO legacy.accounts (id, name) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');
INSERT INTO logins (id, account_id) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

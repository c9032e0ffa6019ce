CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;
CREATE TABLE t (id int DEFAULT f(1), n int CONSTRAINT t_n_check CHECK (f(n) > 0));
CREATE INDEX t_f_idx ON t (f(n));
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (f(id) > 0);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, n) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

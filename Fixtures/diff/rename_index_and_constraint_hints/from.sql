CREATE TABLE t (id int CONSTRAINT t_old_pkey PRIMARY KEY, n int CONSTRAINT n_positive CHECK (n > 0));
CREATE INDEX t_n_old_idx ON t (n);
CREATE TABLE c (id int, t_id int REFERENCES t(id));

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, n) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');
INSERT INTO c (id, t_id) VALUES
  ('1', '1'),
  ('2', '2'),
  ('3', '3');

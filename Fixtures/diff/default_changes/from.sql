CREATE TABLE t (id int PRIMARY KEY, a text DEFAULT 'x', b int, c timestamptz DEFAULT now());

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id, a, b, c) VALUES
  ('1', '1', '1', '2024-01-01 12:00'),
  ('2', '2', '2', '2024-01-02 12:00'),
  ('3', '3', '3', '2024-01-03 12:00');

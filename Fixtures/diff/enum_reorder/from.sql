CREATE TYPE prio AS ENUM ('high', 'low', 'medium');
CREATE TABLE tasks (id int, p prio DEFAULT 'low');
CREATE INDEX tasks_p_idx ON tasks (p);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO tasks (id, p) VALUES
  ('1', 'high'),
  ('2', 'low'),
  ('3', 'medium');

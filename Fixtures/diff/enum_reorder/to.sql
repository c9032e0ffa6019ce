CREATE TYPE prio AS ENUM ('low', 'medium', 'high');
CREATE TABLE tasks (id int, p prio DEFAULT 'low');
CREATE INDEX tasks_p_idx ON tasks (p);

-- The rows A's become (compared by values.sql): same labels, compared in the new order.
INSERT INTO tasks (id, p) VALUES (1, 'high'), (2, 'low'), (3, 'medium');

CREATE TYPE prio AS ENUM ('high', 'low', 'medium');
CREATE TABLE tasks (id int, p prio DEFAULT 'low');
CREATE INDEX tasks_p_idx ON tasks (p);

CREATE TYPE prio AS ENUM ('low', 'medium', 'high');
CREATE TABLE tasks (id int, p prio DEFAULT 'low');
CREATE INDEX tasks_p_idx ON tasks (p);

CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE tickets (
    id int PRIMARY KEY,
    p priority NOT NULL DEFAULT 'medium',
    history priority[] NOT NULL DEFAULT '{}'
);
CREATE INDEX tickets_p_idx ON tickets (p);

-- The rows A's become (compared by values.sql): 'urgent' was never stored.
INSERT INTO tickets (id, p, history) VALUES
  (1, 'low', '{low,high}'),
  (2, 'high', '{}'),
  (3, 'medium', '{medium}');

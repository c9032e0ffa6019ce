CREATE TYPE priority AS ENUM ('low', 'medium', 'high', 'urgent');
CREATE TABLE tickets (
    id int PRIMARY KEY,
    p priority NOT NULL DEFAULT 'medium',
    history priority[] NOT NULL DEFAULT '{}'
);
CREATE INDEX tickets_p_idx ON tickets (p);

INSERT INTO tickets (id, p, history) VALUES
  (1, 'low', '{low,high}'),
  (2, 'high', '{}'),
  (3, 'medium', '{medium}');

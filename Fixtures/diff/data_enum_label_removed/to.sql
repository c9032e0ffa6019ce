CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE tickets (
    id int PRIMARY KEY,
    p priority NOT NULL DEFAULT 'medium',
    history priority[] NOT NULL DEFAULT '{}'
);
CREATE INDEX tickets_p_idx ON tickets (p);

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, note text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_note_idx ON events (note);
ALTER TABLE events ADD CONSTRAINT events_note_check CHECK (note <> '');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- a loaded table with the same key and index, and one without anything
CREATE TABLE events_2025 (id bigint NOT NULL, at date NOT NULL, note text, CONSTRAINT events_2025_pkey PRIMARY KEY (id, at));
CREATE INDEX events_2025_note_idx ON events_2025 (note);
CREATE TABLE events_2026 (id bigint NOT NULL, at date NOT NULL, note text);
INSERT INTO events VALUES (1, '2024-03-01', 'a');
INSERT INTO events_2025 VALUES (2, '2025-03-01', 'b'), (3, '2025-04-01', 'c');
INSERT INTO events_2026 VALUES (4, '2026-03-01', 'd');

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, note text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_note_idx ON events (note);
ALTER TABLE events ADD CONSTRAINT events_note_check CHECK (note <> '');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE archive (id bigint NOT NULL, at date NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE archive_2023 PARTITION OF archive FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
INSERT INTO events VALUES (1, '2024-03-01', 'a'), (2, '2025-03-01', 'b'), (3, '2025-04-01', 'c');
INSERT INTO archive VALUES (4, '2023-03-01', 'd'), (5, '2023-04-01', 'e');

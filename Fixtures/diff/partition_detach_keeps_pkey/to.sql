CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, note text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_note_idx ON events (note);
ALTER TABLE events ADD CONSTRAINT events_note_check CHECK (note <> '');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- events_2024 became a plain table, keeping the key, index and check it had as a partition
CREATE TABLE events_2024 (id bigint NOT NULL, at date NOT NULL, note text, CONSTRAINT events_2024_pkey PRIMARY KEY (id, at),
    CONSTRAINT events_note_check CHECK (note <> ''));
CREATE INDEX events_2024_note_idx ON events_2024 (note);
-- archive_2023 became a plain table and archive is gone
CREATE TABLE archive_2023 (id bigint NOT NULL, at date NOT NULL, note text);

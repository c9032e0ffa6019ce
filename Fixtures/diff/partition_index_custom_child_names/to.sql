CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (kind);
CREATE TABLE events_2025_a PARTITION OF events_2025 FOR VALUES IN ('a');
CREATE TABLE events_2025_rest PARTITION OF events_2025 DEFAULT;
-- the partitions' indexes have names of their own, attached to the parent's index by Postgres
CREATE INDEX "note 2024" ON events_2024 (note);
CREATE INDEX "note 2025 a" ON events_2025_a (note);
CREATE INDEX "note 2025" ON events_2025 (note);
CREATE INDEX events_note_idx ON events (note);
-- an attached index recreated with its parent (new method)
CREATE INDEX events_at_idx ON events USING brin (at);

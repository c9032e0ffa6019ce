CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (kind);
CREATE TABLE events_2025_a PARTITION OF events_2025 FOR VALUES IN ('a');
CREATE TABLE events_2025_rest PARTITION OF events_2025 DEFAULT;
CREATE INDEX events_at_idx ON events (at);
ALTER INDEX events_2024_at_idx RENAME TO old_name_2024;
INSERT INTO events VALUES (1, '2024-03-01', 'a', 'x'), (2, '2025-03-01', 'a', 'y'), (3, '2025-04-01', 'b', 'z');

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 (id bigint NOT NULL, at date NOT NULL);

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO events (id, at) VALUES
  ('1', '2024-01-01'),
  ('2', '2024-01-02'),
  ('3', '2024-01-03');
INSERT INTO events_2025 (id, at) VALUES
  ('1', '2025-01-01'),
  ('2', '2025-01-02'),
  ('3', '2025-01-03');

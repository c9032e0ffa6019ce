CREATE TABLE changed (id int PRIMARY KEY, body text) WITH (fillfactor = 80);
CREATE TABLE gains (id int, body text) WITH (autovacuum_vacuum_scale_factor = 0.05, toast.autovacuum_enabled = false);
CREATE TABLE loses (id int, body text);
CREATE TABLE created (id int, body text) WITH (autovacuum_enabled = false, fillfactor = 60);
CREATE TABLE measurements (at date NOT NULL, value int) PARTITION BY RANGE (at);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    WITH (fillfactor = 90);
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
    WITH (autovacuum_enabled = false);

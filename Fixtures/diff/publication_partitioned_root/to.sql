CREATE TABLE measurements (id int NOT NULL, taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE PUBLICATION leaf_pub FOR TABLE measurements_2026;
CREATE PUBLICATION root_pub FOR TABLE measurements (id, taken_on) WHERE (taken_on > '2025-06-01')
    WITH (publish_via_partition_root = true);

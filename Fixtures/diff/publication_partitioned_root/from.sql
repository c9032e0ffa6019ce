CREATE TABLE measurements (id int NOT NULL, taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO measurements VALUES (1, '2025-03-01', 1.5), (2, '2026-03-01', 2.5), (3, '2026-04-01', 3.5);
CREATE PUBLICATION leaf_pub FOR TABLE measurements_2025, TABLE measurements_2026;

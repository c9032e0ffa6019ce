CREATE TABLE changed (id int PRIMARY KEY, body text) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE gains (id int, body text);
CREATE TABLE loses (id int, body text) WITH (fillfactor = 50, toast.autovacuum_enabled = false);
INSERT INTO changed VALUES (1, 'a'), (2, 'b');
INSERT INTO gains VALUES (1, 'a'), (2, 'b');
INSERT INTO loses VALUES (1, 'a'), (2, 'b'), (3, 'c');
CREATE TABLE measurements (at date NOT NULL, value int) PARTITION BY RANGE (at);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO measurements VALUES ('2025-03-01', 1), ('2025-04-01', 2);

CREATE TABLE counters (id bigint PRIMARY KEY, hits bigint NOT NULL DEFAULT 0, owner_id int);
CREATE INDEX counters_hits_idx ON counters (hits);
CREATE TABLE readings (counter_id bigint REFERENCES counters (id), value bigint);

-- The rows A's become (compared by values.sql).
INSERT INTO counters (id, hits, owner_id) VALUES (1, 2147483647, 7), (2, 0, NULL), (3, -5, 9);
INSERT INTO readings (counter_id, value) VALUES (1, 10), (1, 11), (3, 12);

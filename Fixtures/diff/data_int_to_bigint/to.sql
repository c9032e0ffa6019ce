CREATE TABLE counters (id bigint PRIMARY KEY, hits bigint NOT NULL DEFAULT 0, owner_id int);
CREATE INDEX counters_hits_idx ON counters (hits);
CREATE TABLE readings (counter_id bigint REFERENCES counters (id), value bigint);

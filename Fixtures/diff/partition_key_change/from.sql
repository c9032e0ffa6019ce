CREATE TABLE m (id int NOT NULL, k int NOT NULL) PARTITION BY RANGE (id);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10);
CREATE TABLE other (id int);

-- Rows that must survive the migration (the oracle checks row counts). None in m: Postgres cannot change a
-- partition key in place, so m and its partitions are dropped and created again (a destructive plan).
INSERT INTO other (id) VALUES
  ('1'),
  ('2'),
  ('3');

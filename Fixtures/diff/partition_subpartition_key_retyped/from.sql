-- A partition that is itself partitioned, by a column whose type changes: Postgres cannot retype a partition key
-- column, so that branch (the sub-partitioned partition and its partitions) is dropped and created again (a
-- destructive plan, as for a changed partition key), while the parent and its other partitions are retyped in place.
CREATE SCHEMA app;
CREATE TABLE app.sales (id integer NOT NULL, region text NOT NULL, sold integer NOT NULL, PRIMARY KEY (id, region, sold))
    PARTITION BY LIST (region);
CREATE TABLE app.sales_eu PARTITION OF app.sales FOR VALUES IN ('eu');
CREATE TABLE app.sales_us PARTITION OF app.sales FOR VALUES IN ('us') PARTITION BY RANGE (sold);
CREATE TABLE app.sales_us_low PARTITION OF app.sales_us FOR VALUES FROM (0) TO (100);
CREATE TABLE app.sales_us_rest PARTITION OF app.sales_us DEFAULT;
CREATE INDEX sales_sold_idx ON app.sales (sold);

-- Rows that must survive the migration (the oracle checks row counts). None in the sales_us branch: it is dropped
-- and created again.
INSERT INTO app.sales VALUES (1, 'eu', 5), (2, 'eu', 500);

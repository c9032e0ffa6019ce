CREATE SCHEMA app;
CREATE TABLE app.sales (id integer NOT NULL, region text NOT NULL, sold bigint NOT NULL, PRIMARY KEY (id, region, sold))
    PARTITION BY LIST (region);
CREATE TABLE app.sales_eu PARTITION OF app.sales FOR VALUES IN ('eu');
CREATE TABLE app.sales_us PARTITION OF app.sales FOR VALUES IN ('us') PARTITION BY RANGE (sold);
CREATE TABLE app.sales_us_low PARTITION OF app.sales_us FOR VALUES FROM (0) TO (100);
CREATE TABLE app.sales_us_rest PARTITION OF app.sales_us DEFAULT;
CREATE INDEX sales_sold_idx ON app.sales (sold);

CREATE TABLE sales (id int NOT NULL, region text NOT NULL, sold date NOT NULL, PRIMARY KEY (id, region, sold))
    PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE sales_us PARTITION OF sales FOR VALUES IN ('us');
CREATE TABLE sales_rest PARTITION OF sales DEFAULT PARTITION BY RANGE (sold);
CREATE TABLE sales_rest_2024 PARTITION OF sales_rest FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sales_rest_other PARTITION OF sales_rest DEFAULT;
CREATE INDEX sales_sold_idx ON sales (sold);

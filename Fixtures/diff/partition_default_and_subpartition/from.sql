CREATE TABLE sales (id int NOT NULL, region text NOT NULL, sold date NOT NULL, PRIMARY KEY (id, region, sold))
    PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE sales_us PARTITION OF sales FOR VALUES IN ('us');
INSERT INTO sales VALUES (1, 'eu', '2024-01-05'), (2, 'us', '2024-02-05'), (3, 'us', '2025-02-05');

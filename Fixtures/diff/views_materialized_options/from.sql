CREATE TABLE sales (id int PRIMARY KEY, amount numeric);
CREATE MATERIALIZED VIEW gains_params AS SELECT id, amount FROM sales;
CREATE MATERIALIZED VIEW changes_params WITH (fillfactor = 70, autovacuum_enabled = false) AS SELECT sum(amount) AS total FROM sales;
CREATE MATERIALIZED VIEW becomes_unpopulated AS SELECT count(*) AS n FROM sales;
CREATE MATERIALIZED VIEW becomes_populated AS SELECT max(amount) AS top FROM sales WITH NO DATA;
INSERT INTO sales VALUES (1, 10), (2, 20);

CREATE TABLE sales (id int PRIMARY KEY, amount numeric);
CREATE MATERIALIZED VIEW gains_params WITH (fillfactor = 60) AS SELECT id, amount FROM sales;
CREATE MATERIALIZED VIEW changes_params WITH (fillfactor = 90) AS SELECT sum(amount) AS total FROM sales;
CREATE MATERIALIZED VIEW becomes_unpopulated AS SELECT count(*) AS n FROM sales WITH NO DATA;
CREATE MATERIALIZED VIEW becomes_populated AS SELECT max(amount) AS top FROM sales;
CREATE MATERIALIZED VIEW created_empty WITH (autovacuum_enabled = false) AS SELECT id FROM sales WITH NO DATA;

DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE items (id int PRIMARY KEY, price int);
CREATE VIEW cheap AS SELECT id FROM items WHERE price < 15;
GRANT SELECT ON cheap TO priv_reader;
GRANT SELECT (id) ON cheap TO priv_writer;
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n, sum(price) AS total FROM items;
GRANT SELECT ON totals TO priv_reader;

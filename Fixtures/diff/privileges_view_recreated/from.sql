DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE items (id int PRIMARY KEY, price int);
INSERT INTO items VALUES (1, 10), (2, 20);
CREATE VIEW cheap AS SELECT id, price FROM items WHERE price < 15;
GRANT SELECT ON cheap TO priv_reader;
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM items;
GRANT SELECT ON totals TO priv_reader;

-- Domain CHECK constraints and composite-type attributes without comments; one check and one attribute are new in to.sql.
CREATE SCHEMA shop;
CREATE DOMAIN shop.price AS numeric(12,2) CONSTRAINT price_not_negative CHECK (VALUE >= 0);
CREATE DOMAIN shop.sku AS text CONSTRAINT sku_shape CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$');
COMMENT ON CONSTRAINT sku_shape ON DOMAIN shop.sku IS 'old wording';
CREATE TYPE shop.address AS (street text, city text);
COMMENT ON COLUMN shop.address.city IS 'city, as printed';
CREATE TABLE shop.products (id integer PRIMARY KEY, sku shop.sku NOT NULL, price shop.price NOT NULL, ships_to shop.address);
INSERT INTO shop.products VALUES (1, 'ABC-1', 9.50, ROW('Main St 1', 'Lyon')), (2, 'XYZ-22', 0, NULL);

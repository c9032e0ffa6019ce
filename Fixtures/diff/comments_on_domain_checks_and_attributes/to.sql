-- Comments added, changed ('s quote and a newline included) and removed on domain checks and composite attributes;
-- a new check and a new attribute arrive with their comments.
CREATE SCHEMA shop;
CREATE DOMAIN shop.price AS numeric(12,2) CONSTRAINT price_not_negative CHECK (VALUE >= 0)
    CONSTRAINT price_below_a_million CHECK (VALUE < 1000000);
COMMENT ON CONSTRAINT price_not_negative ON DOMAIN shop.price IS 'refunds are separate rows, not negative prices';
COMMENT ON CONSTRAINT price_below_a_million ON DOMAIN shop.price IS 'catches misplaced decimal points';
CREATE DOMAIN shop.sku AS text CONSTRAINT sku_shape CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$');
COMMENT ON CONSTRAINT sku_shape ON DOMAIN shop.sku IS 'the supplier''s
three-letter code, a dash, digits';
CREATE TYPE shop.address AS (street text, city text, country_code character(2));
COMMENT ON COLUMN shop.address.street IS 'street and number';
COMMENT ON COLUMN shop.address.country_code IS 'ISO 3166-1 alpha-2';
CREATE TABLE shop.products (id integer PRIMARY KEY, sku shop.sku NOT NULL, price shop.price NOT NULL, ships_to shop.address);

-- Enums, domains, composite types and standalone sequences, for IntrospectionTests.
CREATE SCHEMA types;
CREATE TYPE types.mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE types.mood ADD VALUE 'meh' BEFORE 'ok';
COMMENT ON TYPE types.mood IS 'how it feels';

CREATE DOMAIN types.positive_int AS integer NOT NULL DEFAULT 1
    CONSTRAINT positive_int_positive CHECK (VALUE > 0)
    CONSTRAINT positive_int_small CHECK (VALUE < 1000000);
ALTER DOMAIN types.positive_int ADD CONSTRAINT positive_int_even CHECK (VALUE % 2 = 0) NOT VALID;
COMMENT ON DOMAIN types.positive_int IS 'strictly positive';
COMMENT ON CONSTRAINT positive_int_small ON DOMAIN types.positive_int IS 'fits in a million';
CREATE DOMAIN types.label AS text COLLATE "C";

CREATE TYPE types.address AS (street text, city text COLLATE "C", zip types.label, mood types.mood);
COMMENT ON TYPE types.address IS 'postal address';
COMMENT ON COLUMN types.address.zip IS 'postal code';

CREATE SEQUENCE types.plain_seq;
CREATE SEQUENCE types.small_seq AS smallint INCREMENT BY -1;
CREATE TABLE types.holder (id types.positive_int PRIMARY KEY, home types.address, counter bigserial);

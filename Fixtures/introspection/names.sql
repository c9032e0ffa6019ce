-- Awkward names, several schemas and cross-schema foreign keys, for IntrospectionTests.
CREATE SCHEMA "Billing";
CREATE SCHEMA "odd schema";
CREATE SCHEMA crm;

CREATE TABLE crm."user" (
    "order" integer PRIMARY KEY,
    "Display Name" text NOT NULL,
    "say ""hi""" text DEFAULT 'it''s "quoted"',
    "prénom" text
);
COMMENT ON TABLE crm."user" IS 'reserved word as a table name';
COMMENT ON COLUMN crm."user"."say ""hi""" IS 'embedded quote';

CREATE TYPE "Billing"."Currency" AS ENUM ('EUR', 'USD', 'Ünïcode label', 'has ''quote''');

CREATE TABLE "Billing"."Invoice Lines" (
    "LineID" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "user" integer NOT NULL REFERENCES crm."user" ("order") ON DELETE RESTRICT,
    currency "Billing"."Currency" NOT NULL DEFAULT 'EUR',
    "Amount" numeric(12, 2) NOT NULL CHECK ("Amount" >= 0)
);
CREATE INDEX "Invoice Lines by user" ON "Billing"."Invoice Lines" ("user", "Amount" DESC);

CREATE TABLE "odd schema"."straße" (
    id integer PRIMARY KEY,
    line_id bigint REFERENCES "Billing"."Invoice Lines" ("LineID"),
    "select" "Billing"."Currency"[]
);
COMMENT ON SCHEMA "odd schema" IS 'a schema with a space';

CREATE SCHEMA app;
CREATE DOMAIN app.code AS text CONSTRAINT code_not_empty CHECK (VALUE <> '');
CREATE TYPE app.pair AS (b text, a integer, c boolean);
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TABLE app.items (
    id integer PRIMARY KEY,
    code app.code NOT NULL DEFAULT 'none',
    p app.pair,
    codes app.code[],
    mood app.mood NOT NULL DEFAULT 'happy'
);
CREATE INDEX items_code_idx ON app.items (code);
CREATE VIEW app.item_codes AS SELECT id, code FROM app.items;

CREATE SCHEMA archive;
CREATE TABLE archive.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    placed date NOT NULL
);
CREATE INDEX orders_placed_idx ON archive.orders (placed);
CREATE TABLE order_lines (order_id bigint NOT NULL REFERENCES archive.orders (id), item text NOT NULL);
COMMENT ON TABLE archive.orders IS 'closed orders';

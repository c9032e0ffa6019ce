CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    placed date NOT NULL
);
CREATE INDEX orders_placed_idx ON orders (placed);
CREATE TABLE order_lines (order_id bigint NOT NULL REFERENCES orders (id), item text NOT NULL);
COMMENT ON TABLE orders IS 'closed orders';

INSERT INTO orders (total, placed) VALUES (10.00, '2024-01-01'), (0, '2024-02-01'), (99.99, '2024-03-01');
INSERT INTO order_lines (order_id, item) VALUES (1, 'pen'), (1, 'ink'), (3, 'desk');

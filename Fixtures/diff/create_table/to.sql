CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL DEFAULT '', price numeric(10,2) CHECK (price > 0), created_at timestamptz NOT NULL DEFAULT now());

CREATE TABLE orders (id serial PRIMARY KEY, ref bigserial, note text);
ALTER SEQUENCE orders_id_seq INCREMENT 2 MINVALUE -10 MAXVALUE 1000000 START 5 CACHE 10 CYCLE;
ALTER SEQUENCE orders_ref_seq AS integer INCREMENT 10 START 1000;
-- serial to bigserial: the column and its sequence both become bigint
CREATE TABLE items (id bigserial PRIMARY KEY, n int);

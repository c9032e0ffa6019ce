-- Views, materialized views and their dependencies, for IntrospectionTests.
CREATE SCHEMA reporting;
CREATE TABLE public.orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric NOT NULL, note text);
CREATE FUNCTION reporting.cents(amount numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT (amount * 100)::bigint $$;

CREATE VIEW reporting.order_totals WITH (security_barrier = true) AS
    SELECT customer, sum(total) AS total, reporting.cents(sum(total)) AS cents
    FROM public.orders GROUP BY customer;
COMMENT ON VIEW reporting.order_totals IS 'per customer';
COMMENT ON COLUMN reporting.order_totals.cents IS 'in cents';

CREATE VIEW reporting.big_customers AS
    SELECT customer FROM reporting.order_totals WHERE total > 1000
    WITH LOCAL CHECK OPTION;

CREATE MATERIALIZED VIEW reporting.order_counts AS
    SELECT customer, count(*) AS orders FROM public.orders GROUP BY customer;
CREATE UNIQUE INDEX order_counts_customer_idx ON reporting.order_counts (customer);
COMMENT ON MATERIALIZED VIEW reporting.order_counts IS 'refreshed nightly';

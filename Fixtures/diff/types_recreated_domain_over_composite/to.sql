CREATE SCHEMA app;
CREATE TYPE app.pair AS (b text, a integer);
CREATE DOMAIN app.pair_d AS app.pair CHECK ((VALUE).a > 0);
CREATE DOMAIN app.pair_dd AS app.pair_d;
CREATE TABLE app.t (id integer PRIMARY KEY, p app.pair_d, ps app.pair_d[], pp app.pair_dd);

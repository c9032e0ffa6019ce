CREATE SEQUENCE ticket_seq; CREATE TABLE t (id int, ticket bigint DEFAULT nextval('ticket_seq'));

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO t (id) VALUES
  ('1'),
  ('2'),
  ('3');

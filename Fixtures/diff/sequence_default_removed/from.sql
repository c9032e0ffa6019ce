CREATE SEQUENCE ticket_seq; CREATE TABLE t (id int, ticket bigint DEFAULT nextval('ticket_seq'));

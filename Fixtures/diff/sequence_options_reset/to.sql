-- every custom option back to its default
CREATE SEQUENCE up;
CREATE SEQUENCE down INCREMENT -1;
CREATE SEQUENCE plain INCREMENT 3 START 100 CACHE 10 NO CYCLE;
CREATE TABLE t (id bigint DEFAULT nextval('up'));

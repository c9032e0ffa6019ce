CREATE SCHEMA shop;
CREATE TYPE shop.state AS ENUM ('new', 'paid');
CREATE TABLE shop.t00 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new');
CREATE INDEX t00_name_idx ON shop.t00 (name);
CREATE TABLE shop.t01 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t02 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t03 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t04 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t05 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t05_name_idx ON shop.t05 (name);
CREATE TABLE shop.t06 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t07 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id), obsolete int);
CREATE TABLE shop.t08 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t09 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t10 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t10_name_idx ON shop.t10 (name);
CREATE TABLE shop.t11 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t12 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t13 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t14 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t15 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t15_name_idx ON shop.t15 (name);
CREATE TABLE shop.t16 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t17 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id), obsolete int);
CREATE TABLE shop.t18 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t19 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t20 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t20_name_idx ON shop.t20 (name);
CREATE TABLE shop.t21 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t22 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t23 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t24 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t25 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t25_name_idx ON shop.t25 (name);
CREATE TABLE shop.t26 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t27 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id), obsolete int);
CREATE TABLE shop.t28 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t29 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t30 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t30_name_idx ON shop.t30 (name);
CREATE TABLE shop.t31 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t32 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t33 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t34 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t35 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t35_name_idx ON shop.t35 (name);
CREATE TABLE shop.t36 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t37 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id), obsolete int);
CREATE TABLE shop.t38 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t39 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t40 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t40_name_idx ON shop.t40 (name);
CREATE TABLE shop.t41 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t42 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t43 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t44 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t45 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE INDEX t45_name_idx ON shop.t45 (name);
CREATE TABLE shop.t46 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t47 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id), obsolete int);
CREATE TABLE shop.t48 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE TABLE shop.t49 (id bigint PRIMARY KEY, name text NOT NULL, state shop.state DEFAULT 'new', parent_id bigint REFERENCES shop.t00(id));
CREATE VIEW shop.summary AS SELECT t00.id, t00.name FROM shop.t00;

-- Rows that must survive the migration (the oracle checks row counts).
INSERT INTO shop.t00 (id, name, state) VALUES
  ('1', '1', 'new'),
  ('2', '2', 'paid'),
  ('3', '3', 'new');
INSERT INTO shop.t01 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t02 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t03 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t04 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t05 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t06 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t07 (id, name, state, parent_id, obsolete) VALUES
  ('1', '1', 'new', '1', '1'),
  ('2', '2', 'paid', '2', '2'),
  ('3', '3', 'new', '3', '3');
INSERT INTO shop.t08 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t09 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t10 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t11 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t12 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t13 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t14 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t15 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t16 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t17 (id, name, state, parent_id, obsolete) VALUES
  ('1', '1', 'new', '1', '1'),
  ('2', '2', 'paid', '2', '2'),
  ('3', '3', 'new', '3', '3');
INSERT INTO shop.t18 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t19 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t20 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t21 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t22 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t23 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t24 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t25 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t26 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t27 (id, name, state, parent_id, obsolete) VALUES
  ('1', '1', 'new', '1', '1'),
  ('2', '2', 'paid', '2', '2'),
  ('3', '3', 'new', '3', '3');
INSERT INTO shop.t28 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t29 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t30 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t31 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t32 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t33 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t34 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t35 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t36 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t37 (id, name, state, parent_id, obsolete) VALUES
  ('1', '1', 'new', '1', '1'),
  ('2', '2', 'paid', '2', '2'),
  ('3', '3', 'new', '3', '3');
INSERT INTO shop.t38 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t39 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t40 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t41 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t42 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t43 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t44 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t45 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t46 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t47 (id, name, state, parent_id, obsolete) VALUES
  ('1', '1', 'new', '1', '1'),
  ('2', '2', 'paid', '2', '2'),
  ('3', '3', 'new', '3', '3');
INSERT INTO shop.t48 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');
INSERT INTO shop.t49 (id, name, state, parent_id) VALUES
  ('1', '1', 'new', '1'),
  ('2', '2', 'paid', '2'),
  ('3', '3', 'new', '3');

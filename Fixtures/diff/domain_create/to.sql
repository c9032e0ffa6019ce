CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE DOMAIN positive AS integer NOT NULL DEFAULT 1 CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE TABLE users (id int, e email, n positive);

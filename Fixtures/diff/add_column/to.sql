CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x', tags text[], meta jsonb);

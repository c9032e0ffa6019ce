CREATE SCHEMA old_stuff; CREATE TABLE old_stuff.t (id int); CREATE TYPE old_stuff.e AS ENUM ('a');

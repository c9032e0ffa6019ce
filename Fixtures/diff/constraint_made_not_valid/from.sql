CREATE TABLE c (id int CONSTRAINT c_id_check CHECK (id > 0));

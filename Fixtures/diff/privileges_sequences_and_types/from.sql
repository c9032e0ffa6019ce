DO $$ BEGIN CREATE ROLE priv_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE priv_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SEQUENCE counter;
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TYPE pair AS (a int, b int);
CREATE DOMAIN positive AS int CHECK (VALUE > 0);
GRANT USAGE ON SEQUENCE counter TO priv_reader;

CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE DOMAIN code AS text DEFAULT 'a' NOT NULL;

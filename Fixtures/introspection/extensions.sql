-- Extension objects (pgcrypto, pg_trgm, citext) that introspection must leave out, next to user objects using them.
CREATE SCHEMA ext;
CREATE EXTENSION pgcrypto SCHEMA ext;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION citext;
COMMENT ON EXTENSION citext IS 'case-insensitive text';
CREATE TABLE public.people (
    id uuid PRIMARY KEY DEFAULT ext.gen_random_uuid(),
    email citext NOT NULL UNIQUE,
    name text NOT NULL
);
CREATE INDEX people_name_trgm_idx ON public.people USING gin (name gin_trgm_ops);
CREATE INDEX people_name_gist_idx ON public.people USING gist (name gist_trgm_ops (siglen = 32));
CREATE FUNCTION public.hash_name(name text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT encode(ext.digest(name, 'sha256'), 'hex') $$;

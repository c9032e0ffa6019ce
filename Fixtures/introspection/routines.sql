-- Functions, procedures, overloads and triggers, for IntrospectionTests.
CREATE SCHEMA fn;
CREATE TABLE fn.accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, updated_at timestamptz);

CREATE FUNCTION fn.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT a + b $$;
CREATE FUNCTION fn.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT a + b $$;
COMMENT ON FUNCTION fn.add(numeric, numeric) IS 'numeric overload';

CREATE FUNCTION fn.slow_report(OUT total bigint, OUT since timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER PARALLEL RESTRICTED
    SET statement_timeout = '5s' SET search_path = fn, pg_temp
    AS $$ BEGIN total := 0; since := now(); END $$;

CREATE FUNCTION fn.balances() RETURNS TABLE(id integer, balance numeric)
    LANGUAGE sql STABLE BEGIN ATOMIC SELECT id, balance FROM fn.accounts; END;

CREATE PROCEDURE fn.reset_balances(IN floor numeric)
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE fn.accounts SET balance = floor; END $$;
COMMENT ON PROCEDURE fn.reset_balances(numeric) IS 'maintenance';

CREATE FUNCTION fn.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION fn.audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;

CREATE TRIGGER accounts_touch BEFORE UPDATE OF balance, updated_at ON fn.accounts
    FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION fn.touch();
CREATE TRIGGER accounts_audit AFTER INSERT OR DELETE OR TRUNCATE ON fn.accounts
    FOR EACH STATEMENT EXECUTE FUNCTION fn.audit('a b', 'it''s', 'x');
CREATE TRIGGER accounts_disabled AFTER INSERT ON fn.accounts FOR EACH ROW EXECUTE FUNCTION fn.audit();
ALTER TABLE fn.accounts DISABLE TRIGGER accounts_disabled;
CREATE TRIGGER accounts_always AFTER DELETE ON fn.accounts FOR EACH ROW EXECUTE FUNCTION fn.audit();
ALTER TABLE fn.accounts ENABLE ALWAYS TRIGGER accounts_always;
COMMENT ON TRIGGER accounts_touch ON fn.accounts IS 'keeps updated_at fresh';

CREATE TABLE fn.ledger (id integer, created date NOT NULL) PARTITION BY RANGE (created);
CREATE TRIGGER ledger_touch AFTER INSERT ON fn.ledger FOR EACH ROW EXECUTE FUNCTION fn.audit();
CREATE TABLE fn.ledger_2024 PARTITION OF fn.ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

#!/usr/bin/env python3
"""Emits SQL for a large, realistic schema, for benchmarking introspection against pg_dump.

usage: generate_schema.py TABLES [--seed N] > schema.sql

Per table: 10-20 columns with defaults, 1-2 CHECKs, 1-3 foreign keys to earlier tables, 2-4 indexes.
Per 20 tables: an enum, a standalone sequence and a function with settings; per 10: a view and RLS policies;
per 5: a trigger; per 50: a range-partitioned table with four partitions and an index on the parent.
Privileges: two roles (created if missing; roles are cluster-wide), schema USAGE and default privileges per schema,
SELECT on every other table, INSERT/UPDATE on every fourth, a column-level UPDATE on every eighth, EXECUTE revoked
from PUBLIC on the functions, USAGE on sequences. Comments on schemas, a third of the tables and their amount
column, every view, function and partitioned table, and on some indexes and constraints.
Tables are spread over four schemas so foreign keys cross schemas. Deterministic for a seed.
"""
import argparse
import random

SCHEMAS = ["app", "billing", "crm", "audit"]
READER = "bench_reader"
WRITER = "bench_writer"
ROLES = [READER, WRITER]


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def table_name(index):
    return f"{SCHEMAS[index % len(SCHEMAS)]}.t{index:05d}"


def generate(tables, seed):
    rng = random.Random(seed)
    out = ["SET client_min_messages = warning;"]
    for role in ROLES:
        out.append(f"DO $$ BEGIN CREATE ROLE {role}; "
                   "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;")
    for schema in SCHEMAS:
        out.append(f"CREATE SCHEMA {schema};")
        out.append(f"GRANT USAGE ON SCHEMA {schema} TO {READER};")
        out.append(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {READER};")
        out.append(f"COMMENT ON SCHEMA {schema} IS 'benchmark schema {schema}';")
    out.append(
        "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;")
    enums = []
    for number in range(max(1, tables // 20)):
        name = f"{SCHEMAS[number % len(SCHEMAS)]}.status_{number:04d}"
        labels = ", ".join(f"'s{number}_{label}'" for label in ("new", "active", "held", "closed"))
        out.append(f"CREATE TYPE {name} AS ENUM ({labels});")
        enums.append((name, f"'s{number}_new'"))
    for number in range(max(1, tables // 20)):
        schema = SCHEMAS[number % len(SCHEMAS)]
        out.append(f"CREATE SEQUENCE {schema}.seq_{number:04d} START WITH {1000 + number} INCREMENT BY 2 CACHE 10;")
        out.append(f"GRANT USAGE ON SEQUENCE {schema}.seq_{number:04d} TO {WRITER};")

    column_kinds = [
        ("text", "'x'"), ("character varying(120)", "''"), ("integer", "0"), ("bigint", "0"),
        ("numeric(12,2)", "0"), ("boolean", "false"), ("timestamp with time zone", "now()"),
        ("date", "CURRENT_DATE"), ("jsonb", "'{}'::jsonb"), ("uuid", "gen_random_uuid()"),
        ("text[]", "'{}'::text[]"), ("smallint", "1"),
    ]
    for index in range(1, tables + 1):
        name = table_name(index)
        short = f"t{index:05d}"
        columns = ["id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "name text NOT NULL",
                   "amount numeric(12,2) NOT NULL DEFAULT 0",
                   "created_at timestamp with time zone NOT NULL DEFAULT now()",
                   "updated_at timestamp with time zone"]
        enum_name, enum_default = enums[index % len(enums)]
        columns.append(f"status {enum_name} NOT NULL DEFAULT {enum_default}")
        references = []
        for number in range(rng.randint(1, 3) if index > 1 else 0):
            target = rng.randint(1, index - 1)
            action = rng.choice(["", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE RESTRICT"])
            columns.append(f"ref{number}_id bigint" + (" NOT NULL" if action == " ON DELETE CASCADE" else ""))
            references.append((f"ref{number}_id", target, action))
        for number in range(rng.randint(10, 20) - len(columns)):
            kind, default = rng.choice(column_kinds)
            not_null = " NOT NULL" if rng.random() < 0.4 else ""
            columns.append(f"c{number:02d} {kind}{not_null} DEFAULT {default}")
        columns.append(f"CONSTRAINT {short}_amount_check CHECK (amount >= 0)")
        if rng.random() < 0.5:
            columns.append(f"CONSTRAINT {short}_name_check CHECK (length(name) > 0)")
        for column, target, action in references:
            columns.append(
                f"CONSTRAINT {short}_{column}_fkey FOREIGN KEY ({column}) REFERENCES {table_name(target)} (id){action}")
        out.append(f"CREATE TABLE {name} (\n    " + ",\n    ".join(columns) + "\n);")
        indexes = [f"CREATE INDEX {short}_created_idx ON {name} (created_at DESC)",
                   f"CREATE INDEX {short}_name_lower_idx ON {name} (lower(name))",
                   f"CREATE INDEX {short}_status_idx ON {name} (status) WHERE status <> {enum_default}",
                   f"CREATE UNIQUE INDEX {short}_name_amount_idx ON {name} (name, amount) INCLUDE (created_at)"]
        for column, _, _ in references:
            indexes.append(f"CREATE INDEX {short}_{column}_idx ON {name} ({column})")
        for statement in indexes[:rng.randint(2, 4)]:
            out.append(statement + ";")
        if index % 3 == 0:
            out.append(f"COMMENT ON TABLE {name} IS 'table {index}';")
            out.append(f"COMMENT ON COLUMN {name}.amount IS 'amount in EUR';")
            out.append(f"COMMENT ON INDEX {SCHEMAS[index % len(SCHEMAS)]}.{short}_created_idx IS 'newest first';")
            out.append(f"COMMENT ON CONSTRAINT {short}_amount_check ON {name} IS 'no negative amounts';")
        if index % 2 == 0:
            out.append(f"GRANT SELECT ON {name} TO {READER};")
        if index % 4 == 0:
            out.append(f"GRANT INSERT, UPDATE ON {name} TO {WRITER};")
        if index % 8 == 0:
            out.append(f"GRANT UPDATE (name, amount) ON {name} TO {READER};")
        if index % 50 == 0:
            out.extend(partitioned_table(index))
        if index % 5 == 0:
            out.append(
                f"CREATE TRIGGER {short}_touch BEFORE UPDATE ON {name} FOR EACH ROW EXECUTE FUNCTION app.touch();")
        if index % 10 == 0:
            out.append(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;")
            out.append(f"CREATE POLICY {short}_read ON {name} FOR SELECT USING (amount >= 0);")
            out.append(f"CREATE POLICY {short}_write ON {name} FOR INSERT WITH CHECK (length(name) > 0);")
            view_columns = "t.id, t.name, t.amount"
            if references:
                column, target, _ = references[0]
                out.append(
                    f"CREATE VIEW {SCHEMAS[index % len(SCHEMAS)]}.v{index:05d} AS SELECT {view_columns}, p.name AS parent "
                    f"FROM {name} t LEFT JOIN {table_name(target)} p ON p.id = t.{column};")
            else:
                out.append(f"CREATE VIEW {SCHEMAS[index % len(SCHEMAS)]}.v{index:05d} AS SELECT {view_columns} FROM {name} t;")
            out.append(f"COMMENT ON VIEW {SCHEMAS[index % len(SCHEMAS)]}.v{index:05d} IS 'view of table {index}';")
            out.append(f"GRANT SELECT ON {SCHEMAS[index % len(SCHEMAS)]}.v{index:05d} TO {READER};")
        if index % 20 == 0:
            out.append(
                f"CREATE FUNCTION {SCHEMAS[index % len(SCHEMAS)]}.total_{index:05d}(since timestamptz) RETURNS numeric "
                f"LANGUAGE sql STABLE SET statement_timeout = '5s' SET search_path = pg_catalog "
                f"AS $$ SELECT coalesce(sum(amount), 0) FROM {name} WHERE created_at >= since $$;")
            function = f"{SCHEMAS[index % len(SCHEMAS)]}.total_{index:05d}(timestamptz)"
            out.append(f"COMMENT ON FUNCTION {function} IS 'total since a time';")
            out.append(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC;")
            out.append(f"GRANT EXECUTE ON FUNCTION {function} TO {READER};")
    return "\n".join(out) + "\n"


def partitioned_table(index):
    """A table range-partitioned by month, with four partitions, a primary key and an index on the parent."""
    schema = SCHEMAS[index % len(SCHEMAS)]
    name = f"{schema}.events_{index:05d}"
    out = [f"CREATE TABLE {name} (id bigint NOT NULL, happened_at date NOT NULL, payload jsonb NOT NULL DEFAULT '{{}}', "
           f"PRIMARY KEY (id, happened_at)) PARTITION BY RANGE (happened_at);",
           f"CREATE INDEX events_{index:05d}_payload_idx ON {name} USING gin (payload);",
           f"COMMENT ON TABLE {name} IS 'events of table {index}, by month';",
           f"GRANT SELECT ON {name} TO {READER};"]
    for month in range(1, 5):
        out.append(f"CREATE TABLE {name}_m{month} PARTITION OF {name} "
                   f"FOR VALUES FROM ('2026-{month:02d}-01') TO ('2026-{month + 1:02d}-01');")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", type=int)
    parser.add_argument("--seed", type=int, default=42)
    arguments = parser.parse_args()
    print(generate(arguments.tables, arguments.seed), end="")


if __name__ == "__main__":
    main()

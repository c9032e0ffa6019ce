#!/usr/bin/env python3
"""Emits ALTER statements that change about 5% of the schema made by generate_schema.py (same TABLES).

usage: mutate_schema.py TABLES > changes.sql

One table in every block of 20 is changed (50 of 1,000), each block in a different way taken in turn from MUTATIONS:
a column added with a default and a CHECK on it, an index created or dropped, a comment changed, column defaults
altered, a column type widened, a column dropped, a CHECK replaced, a trigger or a view dropped, a policy altered,
a function body or setting changed. Every tenth block also adds an enum label, alters a sequence, or adds a table; the privileges of one table in
every block of 20 change (a grant added or revoked), and every partitioned table gets a new partition.
Only names that generate_schema.py always creates are used, so the script applies cleanly for any seed: every table
has id, name, amount, created_at, updated_at, the CHECK tNNNNN_amount_check and the indexes tNNNNN_created_idx and
tNNNNN_name_lower_idx; tables whose number is a multiple of 5 have a trigger, of 10 a view and policies, of 20 a function.
"""
import argparse

from generate_schema import READER, SCHEMAS, WRITER, table_name


def add_checked_column(index, name, short, schema):
    return [f"ALTER TABLE {name} ADD COLUMN note text DEFAULT 'none';",
            f"ALTER TABLE {name} ADD CONSTRAINT {short}_note_check CHECK (length(note) <= 200);"]


def create_index(index, name, short, schema):
    return [f"CREATE INDEX {short}_updated_idx ON {name} (updated_at);"]


def change_comments(index, name, short, schema):
    return [f"COMMENT ON TABLE {name} IS 'table {index}, changed';",
            f"COMMENT ON COLUMN {name}.amount IS 'amount in USD';"]


def drop_index(index, name, short, schema):
    return [f"DROP INDEX {schema}.{short}_name_lower_idx;"]


def alter_defaults(index, name, short, schema):
    return [f"ALTER TABLE {name} ALTER COLUMN amount SET DEFAULT 1;",
            f"ALTER TABLE {name} ALTER COLUMN updated_at SET DEFAULT now();"]


def drop_view(index, name, short, schema):
    return [f"DROP VIEW {schema}.v{index:05d};"]


def widen_type(index, name, short, schema):
    return [f"ALTER TABLE {name} ALTER COLUMN amount TYPE numeric(14,2);"]


def alter_policy(index, name, short, schema):
    return [f"ALTER POLICY {short}_read ON {name} USING (amount > 0);"]


def replace_check(index, name, short, schema):
    return [f"ALTER TABLE {name} DROP CONSTRAINT {short}_amount_check;",
            f"ALTER TABLE {name} ADD CONSTRAINT {short}_amount_check CHECK (amount >= 0 AND amount < 1000000);"]


def change_function_body(index, name, short, schema):
    return [f"CREATE OR REPLACE FUNCTION {schema}.total_{index:05d}(since timestamptz) RETURNS numeric "
            f"LANGUAGE sql STABLE SET statement_timeout = '5s' SET search_path = pg_catalog "
            f"AS $$ SELECT coalesce(sum(amount), 0) FROM {name} WHERE created_at > since $$;"]


def drop_trigger(index, name, short, schema):
    return [f"DROP TRIGGER {short}_touch ON {name};"]


def change_function_setting(index, name, short, schema):
    return [f"ALTER FUNCTION {schema}.total_{index:05d}(timestamptz) SET statement_timeout = '10s';"]


def drop_column(index, name, short, schema):
    return [f"ALTER TABLE {name} DROP COLUMN updated_at;"]


# (position of the changed table within its block of 20, change). The position picks a table that has the object
# the change needs: 10 has a view and policies, 20 a function, 15 a trigger; 17 and 19 have no view or trigger,
# so their columns can change type or be dropped.
MUTATIONS = [
    (7, add_checked_column), (3, create_index), (9, change_comments), (11, drop_index), (13, alter_defaults),
    (10, drop_view), (17, widen_type), (10, alter_policy), (1, replace_check), (20, change_function_body),
    (15, drop_trigger), (20, change_function_setting), (19, drop_column),
]


def mutate(tables):
    out = ["SET client_min_messages = warning;"]
    for block in range(tables // 20):
        offset, change = MUTATIONS[block % len(MUTATIONS)]
        index = block * 20 + offset
        schema = SCHEMAS[index % len(SCHEMAS)]
        out.extend(change(index, table_name(index), f"t{index:05d}", schema))
        privileges_of = table_name(block * 20 + 2)
        if block % 2 == 0:
            out.append(f"GRANT DELETE ON {privileges_of} TO {WRITER};")
        else:
            out.append(f"REVOKE SELECT ON {privileges_of} FROM {READER};")
        if (block * 20 + 20) % 50 == 0 and block * 20 + 20 <= tables:
            events = f"{SCHEMAS[(block * 20 + 20) % len(SCHEMAS)]}.events_{block * 20 + 20:05d}"
            out.append(f"CREATE TABLE {events}_m5 PARTITION OF {events} FOR VALUES FROM ('2026-05-01') TO ('2026-06-01');")
        enum_schema = SCHEMAS[block % len(SCHEMAS)]
        if block % 10 == 0:
            out.append(f"ALTER TYPE {enum_schema}.status_{block:04d} ADD VALUE 's{block}_archived';")
        elif block % 10 == 5:
            out.append(f"ALTER SEQUENCE {enum_schema}.seq_{block:04d} INCREMENT BY 4 CACHE 20;")
        elif block % 10 == 8:
            out.append(f"CREATE TABLE app.added_{block:04d} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                       f"parent_id bigint NOT NULL REFERENCES {table_name(index)} (id) ON DELETE CASCADE, "
                       f"note text NOT NULL DEFAULT '');")
            out.append(f"CREATE INDEX added_{block:04d}_parent_idx ON app.added_{block:04d} (parent_id);")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", type=int)
    arguments = parser.parse_args()
    print(mutate(arguments.tables), end="")


if __name__ == "__main__":
    main()

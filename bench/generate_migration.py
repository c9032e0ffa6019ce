#!/usr/bin/env python3
"""Emits one large migration file: TABLES `CREATE TABLE` statements, for timing `db lint` and `db migrate`.

usage: generate_migration.py TABLES > migration.sql

Per table: an identity primary key, 4-7 more columns with defaults, NOT NULL and a CHECK, a UNIQUE constraint,
a foreign key to an earlier table (from the second table on), and two indexes (one partial). Everything is
created in the file itself, so no lint rule about existing tables fires. Deterministic.
"""
import sys


def generate(tables):
    out = ["SET lock_timeout = '5s';"]
    for index in range(tables):
        name = f"t{index:05d}"
        extra = 4 + index % 4
        columns = [
            "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
            "code text NOT NULL",
            "amount numeric(12, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0)",
            "created_at timestamptz NOT NULL DEFAULT now()",
        ]
        columns += [f"note_{column} text" for column in range(extra - 3)]
        if index > 0:
            columns.append(f"parent_id bigint REFERENCES t{index - 1:05d} (id) ON DELETE CASCADE")
        columns.append(f"CONSTRAINT {name}_code_key UNIQUE (code)")
        out.append(f"CREATE TABLE {name} (\n    " + ",\n    ".join(columns) + "\n);")
        out.append(f"CREATE INDEX {name}_created_at_idx ON {name} (created_at);")
        out.append(f"CREATE INDEX {name}_positive_idx ON {name} (amount) WHERE amount > 0;")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: generate_migration.py TABLES > migration.sql")
    sys.stdout.write(generate(int(sys.argv[1])))

import Catalog

/// Small in-memory catalogs shaped like introspection output (names qualified, `definition` texts filled).
enum Sample {
    static let app = "app"
    static let users = QualifiedName("app", "users")
    static let orgs = QualifiedName("app", "orgs")
    static let status = QualifiedName("app", "status")
    static let userSeq = QualifiedName("app", "user_no_seq")

    static var touchFunction: Function {
        Function(
            name: QualifiedName("app", "touch"), returnType: "trigger", language: "plpgsql",
            body: "begin new.updated_at := now(); return new; end",
            settings: ["statement_timeout=5s"],
            definition: """
                CREATE OR REPLACE FUNCTION app.touch()
                 RETURNS trigger
                 LANGUAGE plpgsql
                AS $function$begin new.updated_at := now(); return new; end$function$
                """)
    }

    static var slugFunction: Function {
        Function(
            name: QualifiedName("app", "slug"), identityArguments: "t text", arguments: "t text", returnType: "text",
            language: "sql", body: "SELECT lower(t)", volatility: .immutable,
            definition: """
                CREATE OR REPLACE FUNCTION app.slug(t text)
                 RETURNS text
                 LANGUAGE sql
                 IMMUTABLE
                AS $function$SELECT lower(t)$function$
                """)
    }

    /// Two tables referencing each other, an enum column, a sequence default, a function-based check, an index,
    /// a trigger, a policy, a view and comments.
    static var full: Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app", comment: "application"))
        catalog.add(Extension(name: "pgcrypto", schema: "public"))
        catalog.add(EnumType(name: status, labels: ["active", "banned"]))
        catalog.add(SequenceDefinition(name: userSeq, ownedBy: ColumnReference(relation: users, column: "no")))
        catalog.add(touchFunction)
        catalog.add(slugFunction)
        var orgs = Table(
            name: orgs,
            columns: [
                Column(name: "id", type: "integer", isNotNull: true),
                Column(name: "owner_id", type: "integer"),
                Column(name: "name", type: "text", isNotNull: true),
            ])
        orgs.constraints["orgs_pkey"] = Constraint(
            name: "orgs_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)")
        orgs.constraints["orgs_name_check"] = Constraint(
            name: "orgs_name_check", kind: .check(expression: "(app.slug(name) = name)", noInherit: false),
            definition: "CHECK ((app.slug(name) = name))")
        orgs.constraints["orgs_owner_fkey"] = Constraint(
            name: "orgs_owner_fkey",
            kind: .foreignKey(ForeignKey(columns: ["owner_id"], referencedTable: users, referencedColumns: ["id"])),
            definition: "FOREIGN KEY (owner_id) REFERENCES app.users(id)")
        var users = Table(
            name: users,
            columns: [
                Column(name: "id", type: "integer", isNotNull: true),
                Column(name: "org_id", type: "integer"),
                Column(name: "no", type: "bigint", defaultExpression: "nextval('app.user_no_seq'::regclass)"),
                Column(name: "status", type: "app.status", defaultExpression: "'active'::app.status"),
                Column(name: "updated_at", type: "timestamp with time zone"),
            ],
            comment: "people", rowLevelSecurity: true)
        users.constraints["users_pkey"] = Constraint(
            name: "users_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)")
        users.constraints["users_org_fkey"] = Constraint(
            name: "users_org_fkey",
            kind: .foreignKey(ForeignKey(columns: ["org_id"], referencedTable: orgs.name, referencedColumns: ["id"])),
            definition: "FOREIGN KEY (org_id) REFERENCES app.orgs(id)")
        users.indexes["users_status_idx"] = Index(
            name: "users_status_idx", table: users.name, keys: [IndexKey(expression: "status")])
        users.triggers["users_touch"] = Trigger(
            name: "users_touch", table: users.name, timing: .before, events: [.update],
            function: QualifiedName("app", "touch"),
            definition:
                "CREATE TRIGGER users_touch BEFORE UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.touch()")
        users.policies["users_self"] = Policy(
            name: "users_self", table: users.name, using: "(id = (current_setting('app.user'::text))::integer)")
        catalog.add(orgs)
        catalog.add(users)
        catalog.add(
            View(
                name: QualifiedName("app", "active_users"),
                definition: " SELECT users.id\n   FROM app.users\n  WHERE (users.status = 'active'::app.status);",
                columns: ["id"],
                dependsOn: [
                    ColumnReference(relation: users.name, column: "id"),
                    ColumnReference(relation: users.name, column: "status"),
                ]))
        return catalog
    }
}

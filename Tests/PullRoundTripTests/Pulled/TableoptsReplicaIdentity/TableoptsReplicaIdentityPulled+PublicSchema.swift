import SchemaDSL

extension TableoptsReplicaIdentityPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("created", schema: "public") {
                Column("id", .integer).notNull()
                Column("code", .text).notNull()
                Index("created_id", on: .column("id")).unique()
            }
            .replicaIdentity(.index("created_id"))

            Table("created_full", schema: "public") {
                Column("id", .integer)
            }
            .replicaIdentity(.full)

            Table("from_old_index", schema: "public") {
                Column("id", .integer).notNull()
                Column("code", .text).notNull()
                PrimaryKey("id", name: "from_old_index_pkey")
            }

            Table("recreated_index", schema: "public") {
                Column("id", .integer).notNull()
                Column("code", .text).notNull()
                Index("recreated_index_key", on: .column("code"), .column("id")).unique()
            }
            .replicaIdentity(.index("recreated_index_key"))

            Table("to_constraint", schema: "public") {
                Column("id", .integer).notNull()
                Column("code", .text).notNull()
                Unique("code", name: "to_constraint_code_key")
                PrimaryKey("id", name: "to_constraint_pkey")
            }
            .replicaIdentity(.index("to_constraint_code_key"))

            Table("to_default", schema: "public") {
                Column("id", .integer).notNull()
                PrimaryKey("id", name: "to_default_pkey")
            }

            Table("to_full", schema: "public") {
                Column("id", .integer).notNull()
                PrimaryKey("id", name: "to_full_pkey")
            }
            .replicaIdentity(.full)

            Table("to_new_index", schema: "public") {
                Column("id", .integer).notNull()
                Column("code", .text).notNull()
                PrimaryKey("id", name: "to_new_index_pkey")
                Index("to_new_index_code", on: .column("code")).unique()
            }
            .replicaIdentity(.index("to_new_index_code"))

            Table("to_nothing", schema: "public") {
                Column("id", .integer).notNull()
                PrimaryKey("id", name: "to_nothing_pkey")
            }
            .replicaIdentity(.nothing)
        }
    }
}

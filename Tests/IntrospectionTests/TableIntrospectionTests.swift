import Catalog
import Testing

/// `Fixtures/introspection/tables.sql`: columns, constraints, indexes, partitions, RLS, sequences.
@Suite struct TableIntrospectionTests {
    static let loaded = loadedCatalog("tables")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func columnsKeepOrderTypesDefaultsIdentityAndGeneratedExpressions() throws {
        let users = try catalog().table("app", "users")
        #expect(
            users.columns.map(\.name) == [
                "id", "org_id", "email", "status", "score", "tags", "price", "price_with_tax", "manager_id",
            ])
        let status = try #require(users.column("status"))
        #expect(status.type == "app.status")
        #expect(status.defaultExpression == "'draft'::app.status")
        #expect(status.isNotNull)
        #expect(users.column("score")?.type == "numeric(10,2)")
        #expect(users.column("tags")?.defaultExpression == "'{}'::text[]")
        #expect(users.column("price")?.isNotNull == false)
        #expect(users.column("price_with_tax")?.generatedExpression == "(price * 2)")
        #expect(users.column("price_with_tax")?.defaultExpression == nil)
        #expect(users.column("id")?.identity == Identity(generation: .byDefault))

        let organizations = try catalog().table("app", "organizations")
        #expect(
            organizations.column("id")?.identity
                == Identity(generation: .always, options: SequenceOptions(start: 100, increment: 5, cache: 10)))
        #expect(organizations.column("name")?.collation == "\"C\"")
        #expect(organizations.column("slug")?.type == "character varying(64)")
        #expect(organizations.column("slug")?.collation == nil)
        #expect(organizations.column("slug")?.comment == "URL part")
        #expect(organizations.comment == "tenants")
    }

    @Test func constraintsCarryStructureAndDefinition() throws {
        let organizations = try catalog().table("app", "organizations")
        #expect(organizations.constraints["organizations_pkey"]?.kind == .primaryKey(columns: ["id"]))
        let slug = try #require(organizations.constraints["organizations_slug_key"])
        #expect(slug.kind == .unique(columns: ["slug"], nullsNotDistinct: true))
        #expect(slug.definition == "UNIQUE NULLS NOT DISTINCT (slug)")
        let nameCheck = try #require(organizations.constraints["organizations_name_check"])
        #expect(nameCheck.kind == .check(expression: "(length(name) > 0)", noInherit: true))
        #expect(nameCheck.comment == "no empty names")

        let users = try catalog().table("app", "users")
        let orgKey = try #require(users.constraints["users_org_fkey"])
        #expect(
            orgKey.kind
                == .foreignKey(
                    ForeignKey(
                        columns: ["org_id"], referencedTable: QualifiedName("app", "organizations"),
                        referencedColumns: ["id"], onDelete: .cascade, onUpdate: .setNull)))
        #expect(orgKey.isDeferrable && orgKey.isInitiallyDeferred)
        #expect(
            orgKey.definition
                == "FOREIGN KEY (org_id) REFERENCES app.organizations(id) ON UPDATE SET NULL ON DELETE CASCADE "
                + "DEFERRABLE INITIALLY DEFERRED")
        guard case .foreignKey(let manager) = users.constraints["users_manager_fkey"]?.kind else {
            Issue.record("users_manager_fkey is not a foreign key")
            return
        }
        #expect(manager.match == .full)
        #expect(manager.referencedTable == QualifiedName("app", "users"))
        let emailCheck = try #require(users.constraints["users_email_check"])
        #expect(!emailCheck.isValidated)
        #expect(emailCheck.definition.hasSuffix("NOT VALID"))
        #expect(users.constraints["users_pkey"] != nil)

        let bookings = try catalog().table("app", "bookings")
        #expect(
            bookings.constraints["bookings_no_overlap"]?.kind
                == .exclusion(method: "gist", elements: ["room WITH =", "during WITH &&"], predicate: "(room > 0)"))
        #expect(
            bookings.constraints["bookings_no_overlap_by_block"]?.kind
                == .exclusion(method: "gist", elements: ["(room / 100) WITH =", "during WITH &&"], predicate: nil))
    }

    @Test func indexesNotBackingConstraintsWithKeysAndOptions() throws {
        let users = try catalog().table("app", "users")
        #expect(
            Set(users.indexes.keys) == [
                "users_email_lower_idx", "users_org_score_idx", "users_email_pattern_idx", "users_tags_idx",
                "users_id_hash_idx", "users_price_brin_idx",
            ])
        let lower = try #require(users.indexes["users_email_lower_idx"])
        #expect(lower.isUnique)
        #expect(lower.keys == [IndexKey(expression: "lower(email)", isColumn: false)])
        #expect(lower.predicate == "(status <> 'archived'::app.status)")

        let ranking = try #require(users.indexes["users_org_score_idx"])
        #expect(
            ranking.keys == [
                IndexKey(expression: "org_id", descending: true),
                IndexKey(expression: "score", nullsFirst: true),
            ])
        #expect(ranking.includedColumns == ["email"])
        #expect(ranking.storageParameters == ["fillfactor=70"])
        #expect(ranking.comment == "per-org ranking")

        let pattern = try #require(users.indexes["users_email_pattern_idx"])
        #expect(
            pattern.keys == [
                IndexKey(
                    expression: "email", operatorClass: "text_pattern_ops", descending: true, nullsFirst: false,
                    collation: "\"C\"")
            ])
        #expect(users.indexes["users_tags_idx"]?.method == "gin")
        #expect(users.indexes["users_tags_idx"]?.keys.first?.operatorClass == nil)
        #expect(users.indexes["users_id_hash_idx"]?.method == "hash")
        #expect(users.indexes["users_price_brin_idx"]?.method == "brin")
        #expect(try catalog().table("app", "bookings").indexes["bookings_during_spgist_idx"]?.method == "spgist")
    }

    @Test func partitionedTablesAndPartitionsWithBounds() throws {
        let events = try catalog().table("app", "events")
        #expect(events.partitionKey == "RANGE (created_at)")
        let payload = try #require(events.indexes["events_payload_idx"])
        #expect(payload.keys.first?.operatorClass == "jsonb_path_ops")
        #expect(payload.isPartitioned)
        let partition = try catalog().table("app", "events_2024")
        #expect(
            partition.partitionOf
                == PartitionBound(
                    parent: QualifiedName("app", "events"), bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"))
        #expect(partition.constraints.isEmpty, "the partition's copy of the primary key belongs to the parent")
        #expect(partition.indexes.isEmpty, "the partition's copy of events_payload_idx belongs to the parent")
        #expect(events.attachedIndexes.isEmpty && events.inheritedConstraints.isEmpty)
    }

    @Test func partitionsKnowTheConstraintsAndIndexesPostgresClonedFromTheParent() throws {
        let partition = try catalog().table("app", "events_2024")
        let pkey = try #require(partition.inheritedConstraints["events_2024_pkey"])
        #expect(pkey.kind == .primaryKey(columns: ["id", "created_at"]))
        #expect(Array(partition.inheritedConstraints.keys) == ["events_2024_pkey"])
        let payload = try #require(partition.attachedIndexes["events_2024_payload_idx"])
        #expect(payload.parentIndex == "events_payload_idx")
        #expect(!payload.isPartitioned)
        #expect(try catalog().table("app", "events").indexes["events_payload_idx"]?.isPartitioned == true)
        #expect(payload.table == QualifiedName("app", "events_2024"))
        #expect(payload.keys.first?.operatorClass == "jsonb_path_ops")
        #expect(Array(partition.attachedIndexes.keys) == ["events_2024_payload_idx"], "the pkey's index is the constraint's")
        #expect(try catalog().table("app", "events_by_list_ab").attachedIndexes.isEmpty)
        #expect(try catalog().table("app", "events_default").partitionOf?.bound == "DEFAULT")
        #expect(try catalog().table("app", "events_by_list_ab").partitionOf?.bound == "FOR VALUES IN ('a', 'b')")
        #expect(try catalog().table("app", "events_by_list").partitionKey == "LIST (kind)")
    }

    @Test func unloggedRowLevelSecurityAndPolicies() throws {
        #expect(try catalog().table("app", "cache").isUnlogged)
        #expect(try !catalog().table("app", "users").isUnlogged)
        let documents = try catalog().table("app", "documents")
        #expect(documents.rowLevelSecurity && documents.forceRowLevelSecurity)
        #expect(
            documents.policies["documents_owner"]
                == Policy(
                    name: "documents_owner", table: documents.name, command: .all, roles: ["public"],
                    using: "(owner = CURRENT_USER)", comment: "owners see their rows"))
        let insert = try #require(documents.policies["documents_insert"])
        #expect(insert.command == .insert)
        #expect(!insert.isPermissive)
        #expect(insert.roles == ["intro_auditor", "intro_reader"])
        #expect(insert.using == nil)
        #expect(insert.withCheck == "(owner = CURRENT_USER)")
        let update = try #require(documents.policies["documents_update"])
        #expect(update.command == .update && update.using == "true" && update.withCheck == "(body IS NOT NULL)")
    }

    @Test func standaloneSequencesWithOptionsAndOwnedBy() throws {
        let catalog = try catalog()
        let invoices = try #require(catalog.sequences["app.invoice_numbers"])
        #expect(invoices.dataType == "integer")
        #expect(
            invoices.options
                == SequenceOptions(increment: 10, minValue: 1000, maxValue: 999_999, cache: 5, cycle: true))
        #expect(invoices.ownedBy == ColumnReference(relation: QualifiedName("app", "invoices"), column: "number"))
        #expect(invoices.comment == "invoice numbering")
        #expect(catalog.sequences["app.invoices_id_seq"]?.ownedBy?.column == "id")
        #expect(catalog.sequences["app.organizations_id_seq"] == nil, "identity sequences belong to their column")
        #expect(catalog.sequences["app.users_id_seq"] == nil)
    }

    @Test func migrationHistoryTableAndExtensionObjectsAreLeftOut() throws {
        let catalog = try catalog()
        #expect(catalog.tables["public.__migrations"] == nil)
        #expect(catalog.schemas["app"]?.comment == "application objects")
        #expect(catalog.extensions["btree_gist"]?.schema == "public")
        #expect(catalog.functions.isEmpty, "btree_gist's functions belong to the extension")
        #expect(catalog.enums.keys.sorted() == ["app.status"])
        #expect(catalog.enums["app.status"]?.labels == ["draft", "published", "archived"])
    }
}

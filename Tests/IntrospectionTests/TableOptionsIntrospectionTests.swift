import Catalog
import Testing

/// `Fixtures/introspection/table_options.sql`: storage parameters, replica identity, column storage and statistics,
/// inheritance, view options, unpopulated materialized views and view triggers.
@Suite struct TableOptionsIntrospectionTests {
    static let loaded = loadedCatalog("table_options")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func storageParametersIncludeTheToastTableSorted() throws {
        let tuned = try catalog().table("opts", "tuned")
        #expect(tuned.storageParameters == ["autovacuum_enabled=false", "fillfactor=70", "toast.autovacuum_enabled=false"])
        #expect(try catalog().table("opts", "full_identity").storageParameters.isEmpty)
    }

    @Test func replicaIdentityIsReadForEveryKind() throws {
        #expect(try catalog().table("opts", "tuned").replicaIdentity == .index("tuned_code"))
        #expect(try catalog().table("opts", "full_identity").replicaIdentity == .full)
        #expect(try catalog().table("opts", "no_identity").replicaIdentity == .nothing)
        #expect(try catalog().table("opts", "base").replicaIdentity == .default)
    }

    @Test func columnStorageAndStatisticsOnlyWhenNotTheDefault() throws {
        let tuned = try catalog().table("opts", "tuned")
        #expect(tuned.column("body")?.storage == "external")
        #expect(tuned.column("amount")?.storage == nil)
        #expect(tuned.column("code")?.storage == nil)
        #expect(tuned.column("tags")?.statisticsTarget == 500)
        #expect(tuned.column("body")?.statisticsTarget == nil)
    }

    @Test func tablesWithoutColumnsAreRead() throws {
        #expect(try catalog().table("opts", "no_identity").columns.isEmpty)
    }

    @Test func childrenKnowTheirParentsAndWhichColumnsAreTheirOwn() throws {
        let child = try catalog().table("opts", "child")
        #expect(child.inheritsFrom == [QualifiedName("opts", "base"), QualifiedName("opts", "audited")])
        #expect(child.columns.map(\.name) == ["id", "status", "changed_by", "extra"])
        #expect(child.localColumns.map(\.name) == ["id", "extra"])
        #expect(child.column("status")?.isLocal == false)
        #expect(child.column("status")?.defaultExpression == "'child'::text")
        #expect(Set(child.constraints.keys) == ["child_extra_check"])
        #expect(try catalog().table("opts", "base").inheritsFrom.isEmpty)
        #expect(try catalog().table("opts", "base").constraints["base_status_check"] != nil)
    }

    @Test func viewOptionsAndPopulatedState() throws {
        let catalog = try catalog()
        #expect(catalog.views["opts.guarded"]?.options == ["security_barrier=true", "security_invoker=true"])
        #expect(catalog.views["opts.checked"]?.options == ["check_option=local"])
        #expect(catalog.views["opts.empty_totals"]?.options == ["fillfactor=80"])
        #expect(catalog.views["opts.empty_totals"]?.isPopulated == false)
        #expect(catalog.views["opts.totals"]?.isPopulated == true)
    }

    @Test func viewTriggersBelongToTheView() throws {
        let trigger = try #require(try catalog().views["opts.checked"]?.triggers["checked_insert"])
        #expect(trigger.timing == .insteadOf)
        #expect(trigger.events == [.insert, .update])
        #expect(trigger.table == QualifiedName("opts", "checked"))
        #expect(trigger.function == QualifiedName("opts", "write_through"))
    }
}

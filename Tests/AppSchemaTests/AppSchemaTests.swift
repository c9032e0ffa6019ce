import AppSchema
import SchemaDSL
import Testing

@Suite struct AppSchemaTests {
    @Test func exampleSchemaValidatesAndDeclaresTheApplicationModel() throws {
        let desired = try AppSchema.desiredSchema()
        let catalog = desired.catalog
        #expect(
            Set(catalog.tables.keys) == [
                "app.organizations", "app.users", "app.members", "app.posts", "app.tags", "app.post_tags",
                "app.comments",
                "app.sessions",
            ])
        #expect(desired.requiredRoles == ["app_user"])
        #expect(catalog.enums["app.post_status"]?.labels == ["draft", "published", "archived"])
        let posts = try #require(catalog.tables["app.posts"])
        #expect(posts.rowLevelSecurity && posts.forceRowLevelSecurity)
        #expect(posts.constraints["posts_organization_id_slug_key"] != nil)
        #expect(posts.indexes["posts_live_by_recency"]?.predicate == "deleted_at IS NULL")
        #expect(posts.indexes["posts_live_by_recency"]?.includedColumns == ["title", "status"])
        #expect(posts.indexes["posts_metadata_gin"]?.method == "gin")
        #expect(
            catalog.tables["app.post_tags"]?.constraints["post_tags_pkey"]?.kind
                == .primaryKey(columns: ["post_id", "tag_id"]))
        let report = try #require(catalog.functions.values.first { $0.name.name == "post_counts_by_status" })
        #expect(report.volatility == .stable)
        #expect(report.settings == ["statement_timeout=5s"])
    }

    @Test func everyForeignKeyIsCoveredByAnIndexOrKeyThatStartsWithIt() throws {
        let catalog = try AppSchema.desiredSchema().catalog
        for table in catalog.tables.values {
            let leadingColumns =
                table.indexes.values.map { $0.keys.map(\.expression) }
                + table.constraints.values.compactMap { constraint -> [String]? in
                    switch constraint.kind {
                    case .primaryKey(let columns), .unique(let columns, _): columns
                    default: nil
                    }
                }
            for constraint in table.constraints.values {
                guard case .foreignKey(let key) = constraint.kind else { continue }
                let covered = leadingColumns.contains { Array($0.prefix(key.columns.count)) == key.columns }
                #expect(covered, "\(table.name.key): foreign key \(constraint.name) has no index")
            }
        }
    }
}

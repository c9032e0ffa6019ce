import SchemaDSL
import Testing

/// The schema shown at the top of README-DSL.md, kept compiling and valid.
private enum ReadmePostStatus: String, DatabaseEnum {
    case draft, published, archived
    static let enumName = "post_status"
    static let schemaName = "app"
}

private enum ReadmeOrganizations {
    static let table = TableReference("organizations", schema: "app")
    static let id = table.id
}

private enum ReadmeSchema: DatabaseSchema {
    static var schema: [SchemaElement] {
        Schema("app")
        Role("app_user")
        Enum(ReadmePostStatus.self)

        Table(ReadmeOrganizations.table) {
            Column("id", .uuid).primaryKey().default(.genRandomUUID)
            Column("name", .text).notNull()
        }

        Table("posts", schema: "app") {
            Column("id", .uuid).primaryKey().default(.genRandomUUID)
            Column("organization_id", .uuid).notNull().references(ReadmeOrganizations.id, onDelete: .cascade)
            Column("status", .enum(ReadmePostStatus.self)).notNull().default(ReadmePostStatus.draft)
            Column("title", .text).notNull().renamed(from: "headline")
            Column("slug", .text).notNull()
            Column("version", .integer).notNull().default(1)
            Column("deleted_at", .timestamptz)
            Index("posts_org_slug", on: "organization_id", "slug").unique()
            Index(on: "organization_id").where("deleted_at IS NULL").including("title")
            Check("posts_version_positive", "version > 0")
            Policy("tenant_isolation")
                .to("app_user")
                .using("organization_id = current_setting('app.org_id', true)::uuid")
        }
        .rowLevelSecurity(force: true)
    }
}

@Suite struct ReadmeExampleTests {
    @Test func readmeSchemaValidates() throws {
        let desired = try ReadmeSchema.desiredSchema()
        let posts = try #require(desired.catalog.tables["app.posts"])
        #expect(Set(posts.indexes.keys) == ["posts_org_slug", "posts_organization_id_idx"])
        #expect(Set(posts.constraints.keys) == ["posts_pkey", "posts_organization_id_fkey", "posts_version_positive"])
        #expect(desired.hints.renamedColumns == ["app.posts": ["title": "headline"]])
    }
}

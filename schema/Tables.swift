import SchemaDSL

/// Names of the application's tables, shared by their declarations and by the foreign keys pointing at them.
public enum AppTables {
    public static let organizations = TableReference("organizations", schema: "app")
    public static let users = TableReference("users", schema: "app")
    public static let members = TableReference("members", schema: "app")
    public static let posts = TableReference("posts", schema: "app")
    public static let tags = TableReference("tags", schema: "app")
    public static let postTags = TableReference("post_tags", schema: "app")
    public static let comments = TableReference("comments", schema: "app")
    public static let sessions = TableReference("sessions", schema: "app")
}

/// The tenant of the current request, as the application sets it (`app.org_id`); NULL when unset.
let currentOrganization = "current_setting('app.org_id', true)::uuid"

/// `id uuid PRIMARY KEY DEFAULT gen_random_uuid()`.
var id: Column { Column("id", .uuid).primaryKey().default(.genRandomUUID) }

/// `created_at` and `updated_at`, maintained by the `touch_updated_at` trigger of `table`.
@TableBuilder func timestamps(_ table: String) -> [TableElement] {
    Column("created_at", .timestamptz).notNull().default(.now)
    Column("updated_at", .timestamptz).notNull().default(.now)
    Trigger("\(table)_touch_updated_at", .before, .update, execute: AppFunctions.touchUpdatedAt)
}

/// `organization_id` referencing the tenant, the policy that confines `app_user` to the current tenant, and an index
/// on the foreign key unless a unique constraint starting with `organization_id` already provides one.
@TableBuilder func tenant(_ table: String, indexed: Bool = true) -> [TableElement] {
    Column("organization_id", .uuid).notNull().references(AppTables.organizations.id, onDelete: .cascade)
    if indexed { Index(on: "organization_id") }
    Policy("\(table)_tenant_isolation")
        .to(AppRoles.application)
        .using("organization_id = \(currentOrganization)")
        .withCheck("organization_id = \(currentOrganization)")
}

var organizations: Table {
    Table(AppTables.organizations) {
        id
        Column("name", .text).notNull()
        Column("slug", .text).notNull().unique()
        Column("metadata", .jsonb).notNull().default(.emptyJSONObject)
        timestamps("organizations")
        Index("organizations_metadata_gin", on: "metadata").using(.gin)
        Policy("organizations_tenant_isolation")
            .to(AppRoles.application)
            .using("id = \(currentOrganization)")
            .withCheck("id = \(currentOrganization)")
    }
    .rowLevelSecurity(force: true)
    .comment("Tenants: every tenant-owned row belongs to one organization")
}

var users: Table {
    Table(AppTables.users) {
        id
        Column("email", .text).notNull().unique()
        Column("display_name", .text).notNull()
        timestamps("users")
    }
    .comment("People; a user may belong to several organizations through members")
}

var members: Table {
    Table(AppTables.members) {
        id
        tenant("members")
        Column("user_id", .uuid).notNull().references(AppTables.users.id, onDelete: .cascade)
        Column("role", .enum(MemberRole.self)).notNull().default(MemberRole.member)
        timestamps("members")
        Unique("user_id", "organization_id")
    }
    .rowLevelSecurity(force: true)
}

var posts: Table {
    Table(AppTables.posts) {
        id
        tenant("posts", indexed: false)
        Column("author_id", .uuid).notNull().references(AppTables.users.id, onDelete: .restrict)
        Column("title", .text).notNull()
        Column("slug", .text).notNull()
        Column("body", .text).notNull().default("")
        Column("status", .enum(PostStatus.self)).notNull().default(PostStatus.draft)
        Column("metadata", .jsonb).notNull().default(.emptyJSONObject)
        Column("version", .integer).notNull().default(1).check("version > 0")
            .comment("Optimistic locking: incremented by every update")
        Column("published_at", .timestamptz)
        Column("deleted_at", .timestamptz).comment("Soft delete: set instead of deleting the row")
        timestamps("posts")
        Unique("organization_id", "slug")
        Index(on: "author_id")
        Index("posts_live_by_recency", on: "organization_id", .column("created_at").descending())
            .including("title", "status")
            .where("deleted_at IS NULL")
        Index("posts_metadata_gin", on: "metadata").using(.gin)
    }
    .rowLevelSecurity(force: true)
}

var tags: Table {
    Table(AppTables.tags) {
        id
        tenant("tags", indexed: false)
        Column("name", .text).notNull()
        timestamps("tags")
        Unique("organization_id", "name")
    }
    .rowLevelSecurity(force: true)
}

var postTags: Table {
    Table(AppTables.postTags) {
        Column("post_id", .uuid).references(AppTables.posts.id, onDelete: .cascade)
        Column("tag_id", .uuid).references(AppTables.tags.id, onDelete: .cascade)
        tenant("post_tags")
        Column("created_at", .timestamptz).notNull().default(.now)
        PrimaryKey("post_id", "tag_id")
        Index(on: "tag_id")
    }
    .rowLevelSecurity(force: true)
}

var comments: Table {
    Table(AppTables.comments) {
        id
        tenant("comments")
        Column("post_id", .uuid).notNull().references(AppTables.posts.id, onDelete: .cascade)
        Column("author_id", .uuid).notNull().references(AppTables.users.id, onDelete: .restrict)
        Column("parent_id", .uuid).references(AppTables.comments.id, onDelete: .cascade)
            .comment("The comment this one replies to")
        Column("body", .text).notNull()
        timestamps("comments")
        Index(on: "post_id")
        Index(on: "author_id")
        Index(on: "parent_id")
    }
    .rowLevelSecurity(force: true)
}

var sessions: Table {
    Table(AppTables.sessions) {
        id
        Column("user_id", .uuid).notNull().references(AppTables.users.id, onDelete: .cascade)
        Column("organization_id", .uuid).references(AppTables.organizations.id, onDelete: .setNull)
            .comment("The organization the session is working in, if chosen")
        Column("token_hash", .bytea).notNull().unique()
        Column("expires_at", .timestamptz).notNull()
        Column("created_at", .timestamptz).notNull().default(.now)
        Index(on: "user_id")
        Index(on: "organization_id")
    }
    .comment("Login sessions; looked up by token before a tenant is known, so not tenant-isolated")
}

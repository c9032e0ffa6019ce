import SchemaDSL

/// The example application's schema: a multi-tenant SaaS data model in the `app` schema.
///
/// Every tenant-owned table carries `organization_id` and is protected by row-level security (ENABLE + FORCE): the
/// application connects as the `app_user` role and sets `app.org_id` for each request (`SET app.org_id = '…'`, or
/// `set_config('app.org_id', …, true)` per transaction); it then sees and changes only that organization's rows.
/// `app_user` is a cluster-level role, so it is declared with `Role` as a prerequisite and must be created once per
/// server (`CREATE ROLE app_user LOGIN`), outside migrations.
public enum AppSchema: DatabaseSchema {
    public static var schema: [SchemaElement] {
        Schema("app").comment("Multi-tenant application data")
        Role(AppRoles.application)
        Enum(MemberRole.self)
        Enum(PostStatus.self)
        AppFunctions.touchUpdatedAt
        AppFunctions.postCounts
        organizations
        users
        members
        posts
        tags
        postTags
        comments
        sessions
    }
}

/// Roles the schema's policies name.
public enum AppRoles {
    /// The role the application connects as; subject to the tenant-isolation policies.
    public static let application = "app_user"
}

/// A member's permissions within an organization.
public enum MemberRole: String, DatabaseEnum {
    case owner, admin, member
    public static let schemaName = "app"
}

/// The lifecycle of a post.
public enum PostStatus: String, DatabaseEnum {
    case draft, published, archived
    public static let schemaName = "app"
}

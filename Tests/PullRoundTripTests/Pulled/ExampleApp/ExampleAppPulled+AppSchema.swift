import SchemaDSL

extension ExampleAppPulled {
    /// The objects of schema "app", pulled from the database by `db pull`.
    enum AppSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("app").comment("Multi-tenant application data")

            Enum("member_role", schema: "app", labels: "owner", "admin", "member")

            Enum("post_status", schema: "app", labels: "draft", "published", "archived")

            Function(
                "post_counts_by_status", schema: "app",
                parameters: [Parameter("org", .uuid)],
                returns: .type(.builtin("TABLE(post_status app.post_status, post_count bigint)")),
                language: .plpgsql,
                body: #"""

                    BEGIN
                        RETURN QUERY
                            SELECT p.status, count(*)
                            FROM app.posts AS p
                            WHERE p.organization_id = org AND p.deleted_at IS NULL
                            GROUP BY p.status;
                    END
                    """#
            )
            .volatility(.stable)
            .set("statement_timeout", to: "5s")
            .comment("Live posts per status for one organization")

            Function(
                "touch_updated_at", schema: "app",
                returns: .trigger,
                language: .plpgsql,
                body: #"""

                    BEGIN
                        NEW.updated_at := now();
                        RETURN NEW;
                    END
                    """#
            )

            Table("comments", schema: "app") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("organization_id", .uuid).notNull()
                Column("post_id", .uuid).notNull()
                Column("author_id", .uuid).notNull()
                Column("parent_id", .uuid).comment("The comment this one replies to")
                Column("body", .text).notNull()
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                Column("updated_at", .timestamptz).notNull().default(.raw("now()"))
                ForeignKey(["author_id"], references: [TableReference("users", schema: "app").column("id")], onDelete: .restrict, name: "comments_author_id_fkey")
                ForeignKey(["organization_id"], references: [TableReference("organizations", schema: "app").column("id")], onDelete: .cascade, name: "comments_organization_id_fkey")
                ForeignKey(["parent_id"], references: [TableReference("comments", schema: "app").column("id")], onDelete: .cascade, name: "comments_parent_id_fkey")
                PrimaryKey("id", name: "comments_pkey")
                ForeignKey(["post_id"], references: [TableReference("posts", schema: "app").column("id")], onDelete: .cascade, name: "comments_post_id_fkey")
                Index("comments_author_id_idx", on: .column("author_id"))
                Index("comments_organization_id_idx", on: .column("organization_id"))
                Index("comments_parent_id_idx", on: .column("parent_id"))
                Index("comments_post_id_idx", on: .column("post_id"))
                Trigger("comments_touch_updated_at", .before, .update, executeFunction: "touch_updated_at", schema: "app")
                Policy("comments_tenant_isolation").to("app_user").using("(organization_id = (current_setting('app.org_id'::text, true))::uuid)").withCheck("(organization_id = (current_setting('app.org_id'::text, true))::uuid)")
            }
            .rowLevelSecurity(force: true)

            Table("members", schema: "app") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("organization_id", .uuid).notNull()
                Column("user_id", .uuid).notNull()
                Column("role", .enum("member_role", schema: "app")).notNull().default(.raw("'member'::app.member_role"))
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                Column("updated_at", .timestamptz).notNull().default(.raw("now()"))
                ForeignKey(["organization_id"], references: [TableReference("organizations", schema: "app").column("id")], onDelete: .cascade, name: "members_organization_id_fkey")
                PrimaryKey("id", name: "members_pkey")
                ForeignKey(["user_id"], references: [TableReference("users", schema: "app").column("id")], onDelete: .cascade, name: "members_user_id_fkey")
                Unique("user_id", "organization_id", name: "members_user_id_organization_id_key")
                Index("members_organization_id_idx", on: .column("organization_id"))
                Trigger("members_touch_updated_at", .before, .update, executeFunction: "touch_updated_at", schema: "app")
                Policy("members_tenant_isolation").to("app_user").using("(organization_id = (current_setting('app.org_id'::text, true))::uuid)").withCheck("(organization_id = (current_setting('app.org_id'::text, true))::uuid)")
            }
            .rowLevelSecurity(force: true)

            Table("organizations", schema: "app") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("name", .text).notNull()
                Column("slug", .text).notNull()
                Column("metadata", .jsonb).notNull().default(.raw("'{}'::jsonb"))
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                Column("updated_at", .timestamptz).notNull().default(.raw("now()"))
                PrimaryKey("id", name: "organizations_pkey")
                Unique("slug", name: "organizations_slug_key")
                Index("organizations_metadata_gin", on: .column("metadata")).using("gin")
                Trigger("organizations_touch_updated_at", .before, .update, executeFunction: "touch_updated_at", schema: "app")
                Policy("organizations_tenant_isolation").to("app_user").using("(id = (current_setting('app.org_id'::text, true))::uuid)").withCheck("(id = (current_setting('app.org_id'::text, true))::uuid)")
            }
            .rowLevelSecurity(force: true)
            .comment("Tenants: every tenant-owned row belongs to one organization")

            Table("post_tags", schema: "app") {
                Column("post_id", .uuid).notNull()
                Column("tag_id", .uuid).notNull()
                Column("organization_id", .uuid).notNull()
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                ForeignKey(["organization_id"], references: [TableReference("organizations", schema: "app").column("id")], onDelete: .cascade, name: "post_tags_organization_id_fkey")
                PrimaryKey("post_id", "tag_id", name: "post_tags_pkey")
                ForeignKey(["post_id"], references: [TableReference("posts", schema: "app").column("id")], onDelete: .cascade, name: "post_tags_post_id_fkey")
                ForeignKey(["tag_id"], references: [TableReference("tags", schema: "app").column("id")], onDelete: .cascade, name: "post_tags_tag_id_fkey")
                Index("post_tags_organization_id_idx", on: .column("organization_id"))
                Index("post_tags_tag_id_idx", on: .column("tag_id"))
                Policy("post_tags_tenant_isolation").to("app_user").using("(organization_id = (current_setting('app.org_id'::text, true))::uuid)").withCheck("(organization_id = (current_setting('app.org_id'::text, true))::uuid)")
            }
            .rowLevelSecurity(force: true)

            Table("posts", schema: "app") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("organization_id", .uuid).notNull()
                Column("author_id", .uuid).notNull()
                Column("title", .text).notNull()
                Column("slug", .text).notNull()
                Column("body", .text).notNull().default(.raw("''::text"))
                Column("status", .enum("post_status", schema: "app")).notNull().default(.raw("'draft'::app.post_status"))
                Column("metadata", .jsonb).notNull().default(.raw("'{}'::jsonb"))
                Column("version", .integer).notNull().default(.raw("1")).comment("Optimistic locking: incremented by every update")
                Column("published_at", .timestamptz)
                Column("deleted_at", .timestamptz).comment("Soft delete: set instead of deleting the row")
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                Column("updated_at", .timestamptz).notNull().default(.raw("now()"))
                ForeignKey(["author_id"], references: [TableReference("users", schema: "app").column("id")], onDelete: .restrict, name: "posts_author_id_fkey")
                ForeignKey(["organization_id"], references: [TableReference("organizations", schema: "app").column("id")], onDelete: .cascade, name: "posts_organization_id_fkey")
                Unique("organization_id", "slug", name: "posts_organization_id_slug_key")
                PrimaryKey("id", name: "posts_pkey")
                Check("posts_version_check", "(version > 0)")
                Index("posts_author_id_idx", on: .column("author_id"))
                Index("posts_live_by_recency", on: .column("organization_id"), .column("created_at").descending()).including("title", "status").where("(deleted_at IS NULL)")
                Index("posts_metadata_gin", on: .column("metadata")).using("gin")
                Trigger("posts_touch_updated_at", .before, .update, executeFunction: "touch_updated_at", schema: "app")
                Policy("posts_tenant_isolation").to("app_user").using("(organization_id = (current_setting('app.org_id'::text, true))::uuid)").withCheck("(organization_id = (current_setting('app.org_id'::text, true))::uuid)")
            }
            .rowLevelSecurity(force: true)

            Table("sessions", schema: "app") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("user_id", .uuid).notNull()
                Column("organization_id", .uuid).comment("The organization the session is working in, if chosen")
                Column("token_hash", .bytea).notNull()
                Column("expires_at", .timestamptz).notNull()
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                ForeignKey(["organization_id"], references: [TableReference("organizations", schema: "app").column("id")], onDelete: .setNull, name: "sessions_organization_id_fkey")
                PrimaryKey("id", name: "sessions_pkey")
                Unique("token_hash", name: "sessions_token_hash_key")
                ForeignKey(["user_id"], references: [TableReference("users", schema: "app").column("id")], onDelete: .cascade, name: "sessions_user_id_fkey")
                Index("sessions_organization_id_idx", on: .column("organization_id"))
                Index("sessions_user_id_idx", on: .column("user_id"))
            }
            .comment("Login sessions; looked up by token before a tenant is known, so not tenant-isolated")

            Table("tags", schema: "app") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("organization_id", .uuid).notNull()
                Column("name", .text).notNull()
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                Column("updated_at", .timestamptz).notNull().default(.raw("now()"))
                ForeignKey(["organization_id"], references: [TableReference("organizations", schema: "app").column("id")], onDelete: .cascade, name: "tags_organization_id_fkey")
                Unique("organization_id", "name", name: "tags_organization_id_name_key")
                PrimaryKey("id", name: "tags_pkey")
                Trigger("tags_touch_updated_at", .before, .update, executeFunction: "touch_updated_at", schema: "app")
                Policy("tags_tenant_isolation").to("app_user").using("(organization_id = (current_setting('app.org_id'::text, true))::uuid)").withCheck("(organization_id = (current_setting('app.org_id'::text, true))::uuid)")
            }
            .rowLevelSecurity(force: true)

            Table("users", schema: "app") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("email", .text).notNull()
                Column("display_name", .text).notNull()
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                Column("updated_at", .timestamptz).notNull().default(.raw("now()"))
                Unique("email", name: "users_email_key")
                PrimaryKey("id", name: "users_pkey")
                Trigger("users_touch_updated_at", .before, .update, executeFunction: "touch_updated_at", schema: "app")
            }
            .comment("People; a user may belong to several organizations through members")
        }
    }
}

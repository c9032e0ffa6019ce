import SchemaDSL

/// The application's functions.
public enum AppFunctions {
    /// Sets `updated_at` to the transaction time on every update; used by each table's `…_touch_updated_at` trigger.
    public static let touchUpdatedAt = Function(
        "touch_updated_at", schema: "app", returns: .trigger, language: .plpgsql,
        body: """

            BEGIN
                NEW.updated_at := now();
                RETURN NEW;
            END
            """)

    /// A report: the organization's live posts per status. STABLE (reads only), and bounded by a statement timeout
    /// so a slow report cannot hold a connection.
    public static let postCounts = Function(
        "post_counts_by_status", schema: "app", parameters: [Parameter("org", .uuid)],
        returns: .table(["post_status": .enum(PostStatus.self), "post_count": .bigint]), language: .plpgsql,
        body: """

            BEGIN
                RETURN QUERY
                    SELECT p.status, count(*)
                    FROM app.posts AS p
                    WHERE p.organization_id = org AND p.deleted_at IS NULL
                    GROUP BY p.status;
            END
            """
    )
    .volatility(.stable)
    .set("statement_timeout", to: "5s")
    .comment("Live posts per status for one organization")
}

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "db",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "db", targets: ["db"]),
        .library(name: "DBCommands", targets: ["DBCommands"]),
        .library(name: "SchemaDSL", targets: ["SchemaDSL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .systemLibrary(name: "CPgQuery", providers: [.apt(["libpg-query-dev"])]),
        .target(name: "Postgres", dependencies: ["CLibPQ", "SQLSyntax"]),
        .target(name: "SQLSyntax", dependencies: ["CPgQuery"]),
        .target(name: "Catalog"),
        .target(name: "LockSafety", dependencies: ["SQLSyntax", "Postgres"]),
        .target(name: "MigrationLint", dependencies: ["SQLSyntax", "LockSafety"]),
        .target(name: "SwiftTypes", dependencies: ["Catalog", "SQLSyntax"]),
        .target(name: "SchemaPull", dependencies: ["Catalog", "SQLSyntax"]),
        .target(name: "SchemaDSL", dependencies: ["Catalog", "SQLSyntax"]),
        .target(name: "AppSchema", dependencies: ["SchemaDSL"], path: "schema", exclude: ["seed.sql"]),
        .target(name: "SchemaLoading", dependencies: ["SchemaDSL", "Diff", "Introspection", "Postgres", "Catalog", "SQLSyntax"]),
        .target(name: "Diff", dependencies: ["Catalog", "SQLSyntax"]),
        .target(name: "Introspection", dependencies: ["Postgres", "Catalog", "SQLSyntax"]),
        .target(
            name: "Workflow",
            dependencies: [
                "Catalog", "Diff", "Introspection", "Migrations", "MigrationLint", "Postgres", "SchemaDSL",
                "SchemaLoading", "SQLSyntax",
            ]),
        .target(
            name: "Migrations",
            dependencies: [
                "Postgres", "SQLSyntax", "LockSafety",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(
            name: "DBCommands",
            dependencies: [
                "Postgres", "SQLSyntax", "Migrations", "MigrationLint", "LockSafety", "Introspection", "Catalog", "SwiftTypes",
                "Diff", "SchemaDSL", "SchemaLoading", "Workflow", "SchemaPull",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "db", dependencies: ["DBCommands", "AppSchema"]),
        .target(name: "NotesSchema", dependencies: ["SchemaDSL"], path: "Examples/UserProject/Sources/NotesSchema"),
        .executableTarget(
            name: "notes-db", dependencies: ["NotesSchema", "DBCommands"], path: "Examples/UserProject/Sources/notes-db"),
        .executableTarget(name: "DiffBench", dependencies: ["Diff", "Catalog"], path: "bench/diff"),
        .target(name: "DBTestSupport", dependencies: ["Postgres"], path: "Tests/DBTestSupport"),
        .testTarget(name: "PostgresTests", dependencies: ["Postgres", "DBTestSupport"]),
        .testTarget(name: "SQLSyntaxTests", dependencies: ["SQLSyntax"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog"]),
        .testTarget(
            name: "DiffOracleTests",
            dependencies: ["Diff", "Catalog", "Introspection", "Postgres", "SQLSyntax", "DBTestSupport"]),
        .testTarget(name: "MigrationLintTests", dependencies: ["MigrationLint"]),
        .testTarget(name: "LockSafetyTests", dependencies: ["LockSafety", "SQLSyntax", "Postgres", "DBTestSupport"]),
        .testTarget(name: "SwiftTypesTests", dependencies: ["SwiftTypes", "Catalog", "Postgres", "DBTestSupport"]),
        .testTarget(name: "SchemaDSLTests", dependencies: ["SchemaDSL", "Catalog", "Diff"]),
        .testTarget(name: "AppSchemaTests", dependencies: ["AppSchema", "SchemaDSL"]),
        .testTarget(name: "UserProjectTests", dependencies: ["notes-db", "Postgres", "DBTestSupport"]),
        .testTarget(
            name: "SchemaLoadingTests",
            dependencies: [
                "SchemaLoading", "SchemaDSL", "AppSchema", "Diff", "Introspection", "Postgres", "Catalog", "Migrations",
                "DBTestSupport",
            ]),
        .testTarget(name: "DiffTests", dependencies: ["Diff", "Catalog"]),
        .testTarget(name: "IntrospectionTests", dependencies: ["Introspection", "Catalog", "Postgres", "SQLSyntax", "DBTestSupport"]),
        .testTarget(name: "MigrationsTests", dependencies: ["Migrations", "Postgres", "DBTestSupport"]),
        .testTarget(
            name: "WorkflowTests",
            dependencies: ["Workflow", "Migrations", "SchemaDSL", "SchemaLoading", "Diff", "Catalog", "Postgres", "DBTestSupport"]),
        .testTarget(name: "SchemaPullTests", dependencies: ["SchemaPull", "Catalog"]),
        .testTarget(
            name: "PullRoundTripTests",
            dependencies: [
                "SchemaPull", "SchemaDSL", "SchemaLoading", "Diff", "Introspection", "Postgres", "Catalog", "DBTestSupport",
            ]),
        .testTarget(
            name: "DBCommandsTests",
            dependencies: [
                "db", "DBCommands", "Postgres", "DBTestSupport", "Catalog", "Diff", "Introspection", "SQLSyntax", "Workflow",
            ]),
    ]
)

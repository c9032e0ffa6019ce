// swift-tools-version: 6.0
// A project that uses `db` as a dependency: its schema in its own target, and a two-line executable.
// The root package also builds these two targets (and tests them in Tests/UserProjectTests).
import PackageDescription

let package = Package(
    name: "UserProject",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "db", path: "../..")],
    targets: [
        .target(name: "NotesSchema", dependencies: [.product(name: "SchemaDSL", package: "db")]),
        .executableTarget(
            name: "notes-db", dependencies: ["NotesSchema", .product(name: "DBCommands", package: "db")]),
    ]
)

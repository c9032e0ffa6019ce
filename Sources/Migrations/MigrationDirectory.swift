import Foundation

/// Reads a migrations directory: every `.sql` file must be a well-named migration or its `.down.sql`.
public enum MigrationDirectory {
    /// The migrations in version order; files that are not `.sql` (`.gitkeep`, `README.md`) are ignored.
    /// Throws `MigrationError.missingDirectory` when the directory does not exist (a mistyped path must not
    /// look like "nothing to migrate"), `MigrationError.invalidDirectory` listing every badly named file.
    public static func load(_ directory: URL) throws -> [MigrationFile] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw MigrationError.missingDirectory(directory.path)
        }
        guard isDirectory.boolValue else {
            throw MigrationError.invalidDirectory(directory.path, ["\(directory.path) is not a directory"])
        }
        let names = try fileManager.contentsOfDirectory(atPath: directory.path).sorted()
        var problems: [String] = []
        var ups: [String: (MigrationFileName, URL)] = [:]
        var downs: [String: (MigrationFileName, URL)] = [:]
        for fileName in names {
            guard let parsed = MigrationFileName.parse(fileName) else { continue }
            switch parsed {
            case .failure(let problem):
                problems.append("\(problem.fileName): \(problem.message)")
            case .success(let name):
                let url = directory.appendingPathComponent(fileName)
                if name.isDown {
                    downs[name.version] = (name, url)
                } else if let existing = ups[name.version] {
                    problems.append("\(fileName) and \(existing.1.lastPathComponent) share version \(name.version)")
                } else {
                    ups[name.version] = (name, url)
                }
            }
        }
        for (version, down) in downs.sorted(by: { $0.key < $1.key }) {
            guard let up = ups[version] else {
                problems.append("\(down.1.lastPathComponent) has no matching up file \(version)_\(down.0.name).sql")
                continue
            }
            if up.0.name != down.0.name {
                problems.append(
                    "\(down.1.lastPathComponent) does not match \(up.1.lastPathComponent): the names must be equal")
            }
        }
        guard problems.isEmpty else { throw MigrationError.invalidDirectory(directory.path, problems) }
        return try ups.keys.sorted().map { version in
            let (name, url) = ups[version]!
            let down = try downs[version].map { try DownFile(url: $0.1, data: try Data(contentsOf: $0.1)) }
            return try MigrationFile(
                version: version, name: name.name, url: url, data: try Data(contentsOf: url), down: down)
        }
    }

    /// Like `load(_:)`, but a directory that does not exist yet holds no migrations (for `db generate`, which
    /// writes the first one).
    public static func loadIfPresent(_ directory: URL) throws -> [MigrationFile] {
        FileManager.default.fileExists(atPath: directory.path) ? try load(directory) : []
    }
}

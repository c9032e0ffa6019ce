import CLibPQ
import Foundation

extension ConnectionString {
    /// Every option libpq would use for this connection, in libpq's own precedence: the options given here, then
    /// the service file entry (`service=`, else `PGSERVICE`), then the `PG*` environment variables, then libpq's
    /// compiled-in defaults. Contains secrets (a service file's or `PGPASSWORD`'s password): never print it.
    ///
    /// Computed by libpq (`PQconndefaults`, which reads the service file and the environment) without connecting.
    /// `PQconndefaults` only knows the service named by `PGSERVICE`, so a `service=` given here is put in
    /// `PGSERVICE` for the duration of the call.
    public var resolvedOptions: [String: String] {
        Self.defaultsLock.lock()
        defer { Self.defaultsLock.unlock() }
        let service = options["service"]
        let previousService = getenv("PGSERVICE").map { String(cString: $0) }
        if let service { setenv("PGSERVICE", service, 1) }
        defer {
            if service != nil {
                if let previousService { setenv("PGSERVICE", previousService, 1) } else { unsetenv("PGSERVICE") }
            }
        }
        var resolved: [String: String] = [:]
        if let defaults = PQconndefaults() {
            defer { PQconninfoFree(defaults) }
            var option = defaults
            while let keyword = option.pointee.keyword {
                if let value = option.pointee.val { resolved[String(cString: keyword)] = String(cString: value) }
                option = option.advanced(by: 1)
            }
        }
        return resolved.merging(options) { _, given in given }
    }

    /// Serialises the `PGSERVICE` swap of `resolvedOptions`.
    private static let defaultsLock = NSLock()
}

extension Connection {
    /// Runs `body` inside BEGIN/COMMIT; rolls back and rethrows when it throws.
    public func transaction<T>(_ begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        try execute(begin)
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// Takes a session-level advisory lock without waiting; true when it was acquired.
    public func tryAdvisoryLock(_ key: Int64) throws -> Bool {
        try query("SELECT pg_try_advisory_lock($1::bigint) AS locked", [String(key)]).rows[0].bool("locked")
    }

    /// Releases a session-level advisory lock taken with `tryAdvisoryLock`.
    public func advisoryUnlock(_ key: Int64) throws {
        try query("SELECT pg_advisory_unlock($1::bigint)", [String(key)])
    }

    /// Sets a session parameter with `set_config`, the value sent as a parameter.
    public func setConfig(_ name: String, _ value: String, local: Bool = false) throws {
        try query("SELECT set_config($1, $2, $3)", [name, value, local ? "true" : "false"])
    }
}

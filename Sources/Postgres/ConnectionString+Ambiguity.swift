extension ConnectionString {
    /// True when `raw` uses libpq's URL syntax (`postgresql://` or `postgres://`), as `PQconninfoParse` decides.
    static func isURL(_ raw: String) -> Bool { raw.hasPrefix("postgresql://") || raw.hasPrefix("postgres://") }

    /// True when libpq's reading of a URL cannot be what its author meant: the user name or password held an
    /// unencoded `@`, `/` or `#`, and libpq took part of it for the host, port or database name.
    ///
    /// libpq ends the user name and password at the first `@` before any `/`, so such a URL parses without error
    /// into a wrong host, a non-numeric port, or a database name with an `@` (printing those would show a piece of
    /// the password). A `#` means nothing to libpq but starts the fragment for every other URL reader.
    static func isAmbiguousURL(_ raw: String, parsed options: [String: String]) -> Bool {
        if raw.contains("#") { return true }
        let hosts = options["host"].map { $0.split(separator: ",", omittingEmptySubsequences: false) } ?? []
        // A leading `@` is an abstract Unix socket name (only possible in `?host=`); one further in is a split.
        if hosts.contains(where: { $0.dropFirst().contains("@") }) { return true }
        if let ports = options["port"], ports.contains(where: { !$0.isASCII || !($0.isNumber || $0 == ",") }) {
            return true
        }
        guard let scheme = raw.range(of: "://") else { return false }
        let afterScheme = raw[scheme.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/"),
            afterScheme.firstIndex(of: "?").map({ slash < $0 }) ?? true
        else { return false }
        let path = afterScheme[slash...].prefix { $0 != "?" }
        return path.contains("@")
    }
}

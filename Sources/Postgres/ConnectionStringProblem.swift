/// Why a connection string was refused, in our own words.
///
/// libpq's parse errors repeat the input (the whole URL, a percent-encoded token, a word of a conninfo string),
/// and the input may hold a password, so they are never shown: each is mapped to a fixed explanation and fix.
struct ConnectionStringProblem {
    /// What is wrong, without any part of the input.
    let message: String
    /// How to fix it.
    let hint: String

    /// The problem as the error `ConnectionString.init` throws; `source` is where the string came from.
    func error(source: String?) -> PostgresError {
        PostgresError(message: "invalid connection string\(source.map { " in \($0)" } ?? ""): \(message)", hint: hint)
    }

    static let encodingHint =
        "percent-encode special characters in a URL's user name and password: @ as %40, / as %2F, # as %23, "
        + ": as %3A, ? as %3F, % as %25"
    static let conninfoHint =
        "write key=value pairs separated by spaces; quote a value holding spaces or quotes as 'it\\'s a value'"

    /// A URL whose user name or password holds an unencoded `@`, `/` or `#`, so that libpq would read part of it
    /// as the host, port or database name.
    static let ambiguousURL = ConnectionStringProblem(
        message: "the URL is ambiguous: an unencoded \"@\", \"/\" or \"#\" (in the user name or password, "
            + "or after the host) would make libpq read part of it as the host, port or database name",
        hint: encodingHint)

    /// A URL with a space, tab or newline: libpq keeps it, so ` password=…` written after a URL would become part
    /// of the database name (and be printed as such).
    static let urlWithWhitespace = ConnectionStringProblem(
        message: "the URL contains whitespace; a URL cannot be followed by key=value options, and libpq would "
            + "read them as part of the database name",
        hint: "put options in the query string (postgresql://host/app?sslmode=require&password=…) and "
            + "percent-encode a space as %20")

    /// The explanation for a libpq `PQconninfoParse` error message. `isURL` says which syntax the input used.
    static func from(libpqMessage: String, isURL: Bool) -> ConnectionStringProblem {
        for (prefix, problem) in known where libpqMessage.hasPrefix(prefix) { return problem }
        return ConnectionStringProblem(
            message: isURL
                ? "libpq cannot parse the URL (its message is not shown: it repeats the URL, which may hold a password)"
                : "libpq cannot parse the conninfo string (its message is not shown: it may repeat a password)",
            hint: isURL ? encodingHint : conninfoHint)
    }

    /// libpq 15's English messages (`fe-connect.c`), by their fixed beginning.
    private static let known: [(String, ConnectionStringProblem)] = [
        (
            "invalid percent-encoded token",
            ConnectionStringProblem(
                message: "a \"%\" in the URL is not followed by two hexadecimal digits", hint: encodingHint)
        ),
        (
            "forbidden value %00",
            ConnectionStringProblem(
                message: "the URL contains a percent-encoded NUL byte, which libpq does not accept",
                hint: "remove it from the URL")
        ),
        (
            "end of string reached when looking for matching \"]\"",
            ConnectionStringProblem(
                message: "an IPv6 host in the URL has no closing \"]\"",
                hint: "write an IPv6 host in brackets, as in postgresql://[::1]:5432/app; " + encodingHint)
        ),
        (
            "IPv6 host address may not be empty",
            ConnectionStringProblem(
                message: "the URL has an empty IPv6 host \"[]\"",
                hint: "write an IPv6 host in brackets, as in postgresql://[::1]:5432/app")
        ),
        (
            "unexpected character",
            ConnectionStringProblem(
                message:
                    "the URL has an unexpected character after the host (libpq expects \":port\" or \"/database\")",
                hint: encodingHint)
        ),
        (
            "extra key/value separator",
            ConnectionStringProblem(
                message: "a query parameter of the URL has more than one \"=\"",
                hint: "write parameters as ?key=value&key=value and a \"=\" inside a value as %3D")
        ),
        (
            "missing key/value separator",
            ConnectionStringProblem(
                message: "a query parameter of the URL has no \"=\"",
                hint: "write parameters as ?key=value&key=value; " + encodingHint)
        ),
        (
            "invalid URI query parameter",
            ConnectionStringProblem(
                message: "a query parameter of the URL is not a libpq connection option",
                hint: "use the keywords of libpq's connection parameters (host, port, dbname, user, sslmode, …)")
        ),
        (
            "missing \"=\" after",
            ConnectionStringProblem(
                message: "a word of the conninfo string has no \"=\" after it (a URL must start with "
                    + "postgresql:// or postgres://)",
                hint: conninfoHint)
        ),
        (
            "unterminated quoted string",
            ConnectionStringProblem(
                message: "a single-quoted value of the conninfo string is not closed", hint: conninfoHint)
        ),
        (
            "invalid connection option",
            ConnectionStringProblem(
                message: "the conninfo string names an option libpq does not know",
                hint: "use the keywords of libpq's connection parameters (host, port, dbname, user, password, "
                    + "sslmode, …); " + conninfoHint)
        ),
        (
            "connection info string size exceeds",
            ConnectionStringProblem(message: "the conninfo string is too long", hint: conninfoHint)
        ),
    ]
}

import Postgres

/// The session settings that decide how the server cuts SQL text into tokens, checked before each file (and each
/// statement of a `-- db:no-transaction` file) is sent.
///
/// The gates read files with libpg_query, which parses as Postgres does with `standard_conforming_strings = on`
/// and UTF-8 text. A session with `standard_conforming_strings = off` reads `\'` inside `'…'` as a quote, and a
/// `client_encoding` other than UTF8 can swallow a backslash into a multibyte character, so the server could run
/// statements the gates saw as the inside of a string literal. A file that changes either setting changes how the
/// next message is read (a message is parsed whole before any of it runs), so the check runs before every one.
enum SessionParsing {
    /// Throws `MigrationError.sessionReadsSQLDifferently` unless `connection` reads SQL as the gates did.
    /// `place` names what was about to be sent; `consequence` says what state that leaves the database in.
    static func verify(_ connection: Connection, before place: String, consequence: String) throws {
        let row = try connection.query(
            "SELECT current_setting('standard_conforming_strings') AS strings, "
                + "current_setting('client_encoding') AS encoding"
        ).rows[0]
        var differences: [String] = []
        if row.string("strings") != "on" {
            differences.append("standard_conforming_strings is \(row.string("strings"))")
        }
        if row.string("encoding") != "UTF8" { differences.append("client_encoding is \(row.string("encoding"))") }
        guard differences.isEmpty else {
            throw MigrationError.sessionReadsSQLDifferently(
                place: place, settings: differences, consequence: consequence)
        }
    }
}

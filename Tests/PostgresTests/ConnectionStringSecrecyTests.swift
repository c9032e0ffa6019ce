import DBTestSupport
import Postgres
import Testing

/// A connection string `ConnectionString.init` must refuse, and the password it holds (as its author meant it).
struct MalformedConnectionString: CustomTestStringConvertible, Sendable {
    let input: String
    let password: String
    /// A word the explanation must contain.
    let explanation: String

    var testDescription: String { explanation }

    static let all: [MalformedConnectionString] = [
        .init(input: "postgresql://postgres:S3cretPw!@[::1:bad/x", password: "S3cretPw!", explanation: "closing \"]\""),
        .init(input: "postgresql://postgres:S3cretPw!@[]/x", password: "S3cretPw!", explanation: "empty IPv6"),
        .init(input: "postgresql://postgres:pa%ZZss@localhost/x", password: "pa%ZZss", explanation: "hexadecimal"),
        .init(input: "postgresql://u:Qz7%00Kx9@localhost/x", password: "Qz7%00Kx9", explanation: "NUL byte"),
        .init(input: "postgresql://postgres:Jq@Zx:Wv8@127.0.0.1/x", password: "Jq@Zx:Wv8", explanation: "ambiguous"),
        .init(input: "postgresql://postgres:Qz7@Kx9Wv@127.0.0.1/x", password: "Qz7@Kx9Wv", explanation: "ambiguous"),
        .init(input: "postgresql://postgres:Qz7/Kx9Wv@127.0.0.1/x", password: "Qz7/Kx9Wv", explanation: "ambiguous"),
        .init(input: "postgresql://postgres:7391/5824@127.0.0.1/x", password: "7391/5824", explanation: "ambiguous"),
        .init(input: "postgresql://postgres:Qz7#Kx9Wv@127.0.0.1/x", password: "Qz7#Kx9Wv", explanation: "ambiguous"),
        .init(input: "postgres://postgres:Qz7?Kx@9Wv@127.0.0.1/x", password: "Qz7?Kx@9Wv", explanation: "ambiguous"),
        .init(input: "postgresql://postgres:Qz7:Kx9/Wv@localhost/x", password: "Qz7:Kx9/Wv", explanation: "ambiguous"),
        .init(input: "postgresql://u@localhost/x?Qz7Kx9Wv", password: "Qz7Kx9Wv", explanation: "no \"=\""),
        .init(input: "postgresql://u@localhost/x?a=Qz7=Kx9", password: "Qz7=Kx9", explanation: "more than one"),
        .init(input: "postgresql://u@localhost/x?pasword=Qz7Kx9", password: "Qz7Kx9", explanation: "not a libpq"),
        .init(input: "postgresql://localhost:Qz7Kx9/x", password: "Qz7Kx9", explanation: "ambiguous"),
        .init(input: "host=localhost password='Qz7 Kx9Wv", password: "Qz7 Kx9Wv", explanation: "not closed"),
        .init(input: "host=localhost password=Qz7 Kx9Wv", password: "Qz7 Kx9Wv", explanation: "no \"=\""),
        .init(input: "host=localhost password=Qz7 Kx9Wv=x", password: "Qz7 Kx9Wv=x", explanation: "does not know"),
        .init(input: "postgresq://postgres:Qz7Kx9Wv@localhost/x", password: "Qz7Kx9Wv", explanation: "postgresql://"),
    ]
}

@Suite struct ConnectionStringSecrecyTests {
    @Test(arguments: MalformedConnectionString.all)
    func malformedStringsAreRefusedWithoutRepeatingThem(_ malformed: MalformedConnectionString) throws {
        let error = try #require(throws: PostgresError.self) {
            try ConnectionString(malformed.input, source: "--database-url")
        }
        let shown = String(describing: error)
        #expect(shown.hasPrefix("invalid connection string in --database-url: "))
        #expect(shown.contains(malformed.explanation), "\(shown)")
        #expect(error.hint?.isEmpty == false)
        #expect(leakedFragments(of: malformed.password, in: shown).isEmpty, "\(shown)")
    }

    @Test func percentEncodedSpecialCharactersAreThePassword() throws {
        let target = try ConnectionString("postgresql://alice:Qz7%40Kx%2F9%23W%3Av%25@db.example.com:5433/app")
        #expect(target.options["password"] == "Qz7@Kx/9#W:v%")
        #expect(target.host == "db.example.com")
        #expect(target.port == "5433")
        #expect(target.redacted == "host=db.example.com port=5433 dbname=app user=alice password=***")
    }

    @Test func unusualButUnambiguousURLsAreAccepted() throws {
        let azureUser = try ConnectionString("postgresql://db.example.com/app?user=me@server")
        #expect(azureUser.user == "me@server")
        let hostList = try ConnectionString("postgresql://u:pw@h1:5432,h2:5433/app")
        #expect(hostList.host == "h1,h2" && hostList.port == "5432,5433")
        let socket = try ConnectionString("postgresql:///app?host=/var/run/postgresql")
        #expect(socket.host == "/var/run/postgresql")
        let colonInPassword = try ConnectionString("postgresql://u:Qz7:Kx9@localhost/app")
        #expect(colonInPassword.options["password"] == "Qz7:Kx9")
    }

    @Test func redactionCoversTheGivenPassword() throws {
        let target = try ConnectionString("host=localhost password='Qz7 Kx9Wv'")
        #expect(redactPasswords(in: "failed for Qz7 Kx9Wv.", of: target) == "failed for ***.")
        #expect(target.redacted == "host=localhost password=***")
    }
}

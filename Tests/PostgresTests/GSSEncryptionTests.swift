import CLibPQ
import DBTestSupport
import Testing

@testable import Postgres

/// libpq probes Kerberos for GSSAPI encryption by default (`gssencmode=prefer`), which can abort the process at
/// exit; `db` connects with it disabled unless the target asks for it.
@Suite struct GSSEncryptionTests {
    @Test(arguments: Transport.allCases)
    func gssEncryptionIsDisabledUnlessTheTargetAsksForIt(over transport: Transport) throws {
        let target = try TestCluster.newDatabase("gss", over: transport)
        #expect(try gssEncMode(of: Connection(target)) == "disable")
        #expect(try gssEncMode(of: Connection(target.with(["gssencmode": "prefer"]))) == "prefer")
    }

    /// The `gssencmode` libpq used for `connection`.
    private func gssEncMode(of connection: Connection) -> String? {
        guard let options = PQconninfo(connection.handle) else { return nil }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "gssencmode" { return option.pointee.val.map { String(cString: $0) } }
            option = option.advanced(by: 1)
        }
        return nil
    }
}

import DBTestSupport
import Postgres
import Testing

@Suite struct ServerLocalityTests {
    @Test(arguments: [
        [:],
        ["host": "/var/run/postgresql"],
        ["host": "@abstract"],
        ["host": "localhost"],
        ["host": "127.0.0.1"],
        ["host": "127.8.9.10"],
        ["host": "::1"],
        ["host": "::ffff:127.0.0.1"],
        ["host": "db.example.com", "hostaddr": "127.0.0.1"],
        ["host": "localhost,/tmp,::1"],
        ["host": "db.example.com,localhost", "hostaddr": "127.0.0.1,"],
        ["host": ""],
    ])
    func localServers(_ options: [String: String]) {
        #expect(ServerLocality.nonLocalServers(in: options) == [])
    }

    @Test(arguments: [
        (["host": "localhost", "hostaddr": "192.0.2.1"], ["hostaddr=192.0.2.1"]),
        (["hostaddr": "2001:db8::1"], ["hostaddr=2001:db8::1"]),
        (["host": "db.example.com"], ["host=db.example.com"]),
        (["host": "localhost,192.0.2.1"], ["host=192.0.2.1"]),
        (["host": "/tmp,db.example.com,localhost"], ["host=db.example.com"]),
        (["host": "localhost,localhost", "hostaddr": "127.0.0.1,2001:db8::1"], ["hostaddr=2001:db8::1"]),
        (["host": "localhost.", "hostaddr": ""], ["host=localhost."]),
        (["host": "LOCALHOST"], ["host=LOCALHOST"]),
        (["host": "0.0.0.0"], ["host=0.0.0.0"]),
        (["host": "127.1"], ["host=127.1"]),
        (["host": "::ffff:192.0.2.1"], ["host=::ffff:192.0.2.1"]),
    ])
    func serversNotProvablyLocal(_ options: [String: String], expected: [String]) {
        #expect(ServerLocality.nonLocalServers(in: options) == expected)
    }

    @Test func aUnixSocketConnectionIsLocalByItsPeer() throws {
        let connection = try Connection(try TestCluster.newDatabase("peer"))
        #expect(connection.peer == .unixSocket)
        #expect(connection.peer.isLocal)
        #expect(ConnectionPeer.address("127.0.0.1").isLocal && ConnectionPeer.address("::1").isLocal)
        #expect(!ConnectionPeer.address("192.0.2.1").isLocal && !ConnectionPeer.unknown("EBADF").isLocal)
    }
}

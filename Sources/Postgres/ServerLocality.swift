import Foundation

/// Whether the servers libpq may connect to are provably this machine, decided from options alone (nothing is sent).
///
/// libpq tries each entry of the comma-separated `host`/`hostaddr` lists in turn; for each, a non-empty `hostaddr`
/// entry is where the packets go (the `host` entry is then only a name for TLS and `.pgpass`), else the `host`
/// entry, else the default Unix socket directory. An entry is local when it is a Unix socket (`/dir` or an
/// abstract `@name`), the name `localhost`, or a loopback address; any other name is not provably local.
public enum ServerLocality {
    /// The entries of `options` (as libpq resolves them: see `ConnectionString.resolvedOptions`) that are not
    /// provably local, as `hostaddr=…` or `host=…`; empty when every server libpq may try is this machine.
    public static func nonLocalServers(in options: [String: String]) -> [String] {
        let hosts = entries(options["host"])
        let addresses = entries(options["hostaddr"])
        return (0..<max(hosts.count, addresses.count, 1)).compactMap { index in
            let address = index < addresses.count ? addresses[index] : ""
            if !address.isEmpty { return isLoopback(address) ? nil : "hostaddr=\(address)" }
            let host = index < hosts.count ? hosts[index] : ""
            if host.isEmpty || host.hasPrefix("/") || host.hasPrefix("@") || host == "localhost" || isLoopback(host) {
                return nil
            }
            return "host=\(host)"
        }
    }

    /// True for a numeric loopback address: 127.0.0.0/8, `::1`, or an IPv4-mapped 127.x address.
    public static func isLoopback(_ address: String) -> Bool {
        var ipv4 = in_addr()
        if inet_pton(AF_INET, address, &ipv4) == 1 { return UInt32(bigEndian: ipv4.s_addr) >> 24 == 127 }
        var ipv6 = in6_addr()
        guard inet_pton(AF_INET6, address, &ipv6) == 1 else { return false }
        let bytes = withUnsafeBytes(of: ipv6) { Array($0) }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return true }
        return bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff && bytes[12] == 127
    }

    /// libpq splits host lists on every comma, keeping empty entries (no escapes, no trimming).
    private static func entries(_ list: String?) -> [String] {
        guard let list, !list.isEmpty else { return [] }
        return list.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}

extension ConnectionString {
    /// The servers libpq may connect to for this string (with the service file and `PG*` variables applied) that
    /// are not provably this machine; empty when the connection can only be local.
    public var nonLocalServers: [String] { ServerLocality.nonLocalServers(in: resolvedOptions) }
}

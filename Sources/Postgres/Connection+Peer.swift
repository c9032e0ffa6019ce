import CLibPQ
import Foundation

/// The other end of an open connection, read from its socket (`getpeername`), not from what was asked for.
public enum ConnectionPeer: Sendable, Equatable, CustomStringConvertible {
    case unixSocket
    /// A TCP peer, as a numeric address.
    case address(String)
    /// The socket could not be read (the reason).
    case unknown(String)

    /// True for a Unix socket or a loopback address: the server is this machine.
    public var isLocal: Bool {
        switch self {
        case .unixSocket: return true
        case .address(let address): return ServerLocality.isLoopback(address)
        case .unknown: return false
        }
    }

    public var description: String {
        switch self {
        case .unixSocket: return "a Unix socket"
        case .address(let address): return address
        case .unknown(let reason): return "an unknown peer (\(reason))"
        }
    }
}

extension Connection {
    /// Where this connection actually went (after libpq's host list, name resolution and fallbacks).
    public var peer: ConnectionPeer {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(PQsocket(handle), $0, &length) }
        }
        guard result == 0 else { return .unknown(String(cString: strerror(errno))) }
        switch Int32(storage.ss_family) {
        case AF_UNIX:
            return .unixSocket
        case AF_INET:
            let address = withUnsafeBytes(of: storage) { $0.load(as: sockaddr_in.self) }.sin_addr
            return Self.numeric(family: AF_INET, withUnsafeBytes(of: address) { Array($0) })
        case AF_INET6:
            let address = withUnsafeBytes(of: storage) { $0.load(as: sockaddr_in6.self) }.sin6_addr
            return Self.numeric(family: AF_INET6, withUnsafeBytes(of: address) { Array($0) })
        default:
            return .unknown("address family \(storage.ss_family)")
        }
    }

    /// `inet_ntop` of an `in_addr`/`in6_addr` given as its bytes.
    private static func numeric(family: Int32, _ address: [UInt8]) -> ConnectionPeer {
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let converted = address.withUnsafeBytes { inet_ntop(family, $0.baseAddress, &text, socklen_t(text.count)) }
        guard converted != nil else { return .unknown(String(cString: strerror(errno))) }
        return .address(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}

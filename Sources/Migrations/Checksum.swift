import Crypto
import Foundation

/// The lowercase SHA-256 hex digest of some bytes: the checksum recorded for each applied migration.
public func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

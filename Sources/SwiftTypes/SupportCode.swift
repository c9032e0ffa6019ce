extension SwiftTypesGenerator {
    /// Helper types every generated file includes: a JSON value for json/jsonb columns and coders that read
    /// Postgres' JSON rendering of rows (`row_to_json`), including timestamps with fractional seconds.
    static let supportCode = #"""
        /// A json/jsonb value.
        public enum JSONValue: Codable, Sendable, Hashable {
            case null
            case bool(Bool)
            case number(Double)
            case string(String)
            case array([JSONValue])
            case object([String: JSONValue])

            public init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if container.decodeNil() {
                    self = .null
                } else if let value = try? container.decode(Bool.self) {
                    self = .bool(value)
                } else if let value = try? container.decode(Double.self) {
                    self = .number(value)
                } else if let value = try? container.decode(String.self) {
                    self = .string(value)
                } else if let value = try? container.decode([JSONValue].self) {
                    self = .array(value)
                } else {
                    self = .object(try container.decode([String: JSONValue].self))
                }
            }

            public func encode(to encoder: Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .null: try container.encodeNil()
                case .bool(let value): try container.encode(value)
                case .number(let value): try container.encode(value)
                case .string(let value): try container.encode(value)
                case .array(let value): try container.encode(value)
                case .object(let value): try container.encode(value)
                }
            }
        }

        /// Coders for rows as Postgres renders them in JSON (`row_to_json`, `json_agg`).
        public enum DatabaseJSON {
            /// Decodes timestamps such as `2026-11-25T16:27:25.123456+00:00` and dates such as `2026-11-25`.
            public static func decoder() -> JSONDecoder {
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .custom { decoder in
                    let text = try decoder.singleValueContainer().decode(String.self)
                    if let date = parseDate(text) { return date }
                    throw DecodingError.dataCorrupted(
                        .init(codingPath: decoder.codingPath, debugDescription: "not a Postgres timestamp: \(text)"))
                }
                decoder.dataDecodingStrategy = .custom { decoder in
                    let text = try decoder.singleValueContainer().decode(String.self)
                    guard text.hasPrefix("\\x"), let data = hexData(text.dropFirst(2)) else {
                        throw DecodingError.dataCorrupted(
                            .init(codingPath: decoder.codingPath, debugDescription: "not a bytea hex value"))
                    }
                    return data
                }
                return decoder
            }

            /// Encodes dates with fractional seconds in UTC, which Postgres parses back losslessly (to the microsecond).
            public static func encoder() -> JSONEncoder {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .custom { date, encoder in
                    var container = encoder.singleValueContainer()
                    try container.encode(formatDate(date))
                }
                encoder.dataEncodingStrategy = .custom { data, encoder in
                    var container = encoder.singleValueContainer()
                    try container.encode("\\x" + data.map { String(format: "%02x", $0) }.joined())
                }
                return encoder
            }

            /// Parses Postgres' timestamp text to the microsecond (ISO8601DateFormatter alone keeps milliseconds).
            static func parseDate(_ text: String) -> Date? {
                var normalized = text.replacingOccurrences(of: " ", with: "T")
                if normalized.count == 10 { normalized += "T00:00:00Z" }
                if let zone = normalized.range(of: "[+-]\\d\\d$", options: .regularExpression) {
                    normalized.replaceSubrange(zone, with: normalized[zone] + ":00")
                }
                if !normalized.hasSuffix("Z") && normalized.range(of: "[+-]\\d\\d:\\d\\d$", options: .regularExpression) == nil {
                    normalized += "Z"
                }
                var fraction = 0.0
                if let digits = normalized.range(of: "\\.\\d+", options: .regularExpression) {
                    fraction = Double("0" + normalized[digits]) ?? 0
                    normalized.removeSubrange(digits)
                }
                let formatter = ISO8601DateFormatter()
                formatter.formatOptions = [.withInternetDateTime]
                return formatter.date(from: normalized).map { $0.addingTimeInterval(fraction) }
            }

            /// `2026-11-25T16:27:25.123456Z`: UTC with microseconds, as precise as Postgres stores timestamps.
            static func formatDate(_ date: Date) -> String {
                let micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
                let seconds = (micros / 1_000_000).rounded(.down)
                let formatter = ISO8601DateFormatter()
                formatter.formatOptions = [.withInternetDateTime]
                let whole = formatter.string(from: Date(timeIntervalSince1970: seconds))
                return whole.dropLast() + String(format: ".%06dZ", Int(micros - seconds * 1_000_000))
            }

            static func hexData(_ hex: Substring) -> Data? {
                var data = Data(capacity: hex.count / 2)
                var index = hex.startIndex
                while index < hex.endIndex {
                    let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) ?? hex.endIndex
                    guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
                    data.append(byte)
                    index = next
                }
                return data
            }
        }

        """#
}

/// Short renderings of row counts, byte sizes, rates and durations for lock messages: `48 M rows`, `31 GB`,
/// `120 MB/s`, `~6 min`.
public enum SizeText {
    /// `812 rows`, `12 k rows`, `1 M rows`, `1.5 M rows`, `48 M rows`, `2.1 G rows`.
    public static func rows(_ count: Int) -> String {
        if count == 1 { return "1 row" }
        return scaled(Double(count), base: 1000, units: ["", " k", " M", " G", " T"]) + " rows"
    }

    /// `8192 bytes`, `512 kB`, `58 MB`, `31 GB` (powers of 1024, as `pg_size_pretty` prints them).
    public static func bytes(_ count: Int) -> String {
        if count < 1024 { return "\(count) bytes" }
        return scaled(Double(count), base: 1024, units: [" bytes", " kB", " MB", " GB", " TB", " PB"])
    }

    /// `15 MB/s`.
    public static func rate(_ bytesPerSecond: Double) -> String {
        bytes(Int(bytesPerSecond.rounded())) + "/s"
    }

    /// `~0 s` for nothing to do, `<1 s`, `~40 s`, `~6 min`, `~2.5 h`.
    public static func duration(_ seconds: Double) -> String {
        if seconds == 0 { return "~0 s" }
        if seconds < 1 { return "<1 s" }
        if seconds < 90 { return "~\(Int(seconds.rounded())) s" }
        if seconds < 90 * 60 { return "~\(Int((seconds / 60).rounded())) min" }
        return "~" + oneDecimal(seconds / 3600) + " h"
    }

    /// `value` in the largest unit it reaches, one decimal below 10 (`1.5 M`), none above (`48 M`).
    private static func scaled(_ value: Double, base: Double, units: [String]) -> String {
        var value = value
        var unit = 0
        while (value >= base || value.rounded() >= base) && unit < units.count - 1 {
            value /= base
            unit += 1
        }
        let number = unit > 0 && value < 10 ? oneDecimal(value) : String(Int(value.rounded()))
        return number + units[unit]
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}

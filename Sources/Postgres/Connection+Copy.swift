import CLibPQ
import Foundation

extension Connection {
    /// The most bytes handed to `PQputCopyData` at once.
    static let copyChunkSize = 1 << 20

    /// Answers the server's request for `COPY … FROM STDIN` data: sends `data` as written and ends the copy, or
    /// fails the COPY when there is no data for it.
    func sendCopyIn(_ data: Data?) {
        guard let data else {
            PQputCopyEnd(
                handle, "no inline data for this COPY … FROM STDIN: put the rows on the lines after it, ending with \\."
            )
            return
        }
        var sent = true
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
            var offset = 0
            while sent, offset < raw.count {
                let length = min(Self.copyChunkSize, raw.count - offset)
                sent = PQputCopyData(handle, base + offset, Int32(length)) == 1
                offset += length
            }
        }
        PQputCopyEnd(handle, sent ? nil : "db could not send the COPY data")
    }
}

import Foundation
import Kernel

/// Standard output and error for the batch modes, remembering whether standard output
/// refused a write (a full disk, a closed descriptor), so the run can end with status 1
/// and say so instead of losing the results silently.
enum StandardStreams {
    /// The `errno` of the first failed write to standard output, 0 while none has failed.
    nonisolated(unsafe) private static var failure: Int32 = 0
    /// Text waiting to be written, flushed in blocks of ``blockSize`` bytes.
    nonisolated(unsafe) private static var pending: [UInt8] = []
    private static let blockSize = 1 << 16

    /// Writes `text` to standard output (buffered).
    static func write(_ text: String) {
        guard failure == 0 else { return }
        pending.append(contentsOf: text.utf8)
        if pending.count >= blockSize { flush() }
    }

    /// Writes one line to standard error.
    static func writeError(_ line: String) {
        flush()
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Flushes standard output and returns the exit status: 1 when a cell failed or the
    /// output could not be written (said on standard error), else 0.
    static func finish(ok: Bool) -> Int32 {
        flush()
        guard failure == 0 else {
            FileHandle.standardError.write(Data(
                "error: cannot write the results to standard output: \(UserFileError.plainReason(failure))\n".utf8))
            return 1
        }
        return ok ? 0 : 1
    }

    private static func flush() {
        defer { pending.removeAll(keepingCapacity: true) }
        guard failure == 0 else { return }
        var offset = 0
        while offset < pending.count {
            let count = pending[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                failure = count < 0 ? errno : EIO
                return
            }
            offset += count
        }
    }
}

import Foundation

/// The kernel's log: one line per event on standard error, which Jupyter shows in its server log.
public enum KernelLog {
    public static func write(_ line: String) {
        FileHandle.standardError.write(Data("[descent kernel] \(line)\n".utf8))
    }
}

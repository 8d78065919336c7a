import Foundation

/// The real `descent` binary on a pseudo-terminal of its own, driven the way a
/// student drives it: keys in, screen text out. Every wait has a timeout, so a
/// REPL that hangs fails the test instead of stalling the suite.
public final class PseudoTerminal {
    public struct Timeout: Error, CustomStringConvertible {
        public var awaited: String
        public var screen: String
        public var description: String {
            "timed out waiting for \(awaited.debugDescription); the screen showed:\n\(screen)"
        }
    }

    public let pid: pid_t
    private let master: Int32
    /// Everything the program wrote, as bytes.
    public private(set) var raw: [UInt8] = []
    /// Where the last ``expect(_:timeout:)`` matched; later waits look after it.
    private var mark: String.Index?
    private var exitStatus: Int32?

    /// Starts `descent` with `arguments` on a terminal of `columns` × `rows`, with a home
    /// directory of its own (`home`) so history never touches the user's files.
    public init(
        _ arguments: [String] = [], home: URL, environment extra: [String: String] = [:],
        columns: UInt16 = 100, rows: UInt16 = 40
    ) throws {
        var environment = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": "1",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        environment.merge(extra) { $1 }
        let executable = try DescentExecutable.path()
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] =
            environment.filter { !$0.value.isEmpty }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        // After fork only async-signal-safe calls: the argument arrays are ready.
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            // As a shell would: no signals blocked, whatever the test runner's thread blocks.
            var nothing = sigset_t()
            sigemptyset(&nothing)
            sigprocmask(SIG_SETMASK, &nothing, nil)
            execve(argv[0]!, argv, envp)
            _exit(127)
        }
        guard pid > 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        self.pid = pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// What the program showed, with escape sequences and carriage returns removed.
    public var screen: String { PseudoTerminal.plainText(String(decoding: raw, as: UTF8.self)) }

    /// Types `keys`: text, `\r` for Enter, `\t` for Tab, `\u{3}` for Ctrl-C, `\u{4}` for Ctrl-D.
    public func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears on the screen after the previous match; returns the screen
    /// from that match on.
    @discardableResult
    public func expect(_ text: String, timeout: Double = 60) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let current = screen
            let start = mark.map { min($0, current.endIndex) } ?? current.startIndex
            if let range = current.range(of: text, range: start..<current.endIndex) {
                mark = range.upperBound
                return String(current[start..<range.upperBound])
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, readSome(timeout: remaining) else {
                throw Timeout(awaited: text, screen: current)
            }
        }
    }

    /// Waits for the program to end and returns its exit status.
    public func waitForExit(timeout: Double = 60) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while deadline.timeIntervalSinceNow > 0 {
            _ = readSome(timeout: 0.05)
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                return exitStatus!
            }
        }
        throw Timeout(awaited: "the program to exit", screen: screen)
    }

    /// Changes the terminal's size, as dragging the window does; the program gets `SIGWINCH`.
    public func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Reads what is available within `timeout`; false when nothing came.
    private func readSome(timeout: Double) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(max(1, timeout * 1000))) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        raw += buffer[..<count]
        return true
    }

    /// `text` without ANSI escape sequences, carriage returns, or readline's prompt markers.
    public static func plainText(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\u{1B}":
                guard let next = scalars.popFirst() else { break }
                if next == "[" {
                    while let c = scalars.popFirst(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    while let c = scalars.popFirst(), c != "\u{7}" {}
                }
            case "\r", "\u{1}", "\u{2}", "\u{7}":
                continue
            case "\u{8}":
                if !result.isEmpty { result.removeLast() }
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

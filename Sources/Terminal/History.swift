import Foundation

/// The lines typed at the prompt, kept across sessions in
/// `$XDG_DATA_HOME/descent/history` (default `~/.local/share/descent/history`):
/// one cell a line, at most `limit` lines, never the same line twice in a row.
public struct History: Sendable {
    /// The file, or nil when there is no home directory to keep it in.
    public let path: String?
    public let limit: Int
    public private(set) var entries: [String] = []
    /// Lines in the file, which may grow past `limit` until it is rewritten.
    private var lineCount = 0

    /// Reads the last `limit` lines of the history file, trimming the file to them.
    ///
    /// Only the file's tail is read, at most ``maximumLineBytes`` per line wanted, so a history
    /// file grown to any size opens as fast as one of `limit` lines.
    public init(path: String?, limit: Int = 1000) {
        self.path = path
        self.limit = max(1, limit)
        guard let path, let tail = History.tail(of: path, lines: self.limit + 1, bytes: self.limit * History.maximumLineBytes)
        else { return }
        let lines = String(decoding: tail.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        for line in lines where line != entries.last {
            entries.append(line)
        }
        lineCount = tail.isWhole ? lines.count : lines.count + 1
        if entries.count > self.limit { entries.removeFirst(entries.count - self.limit) }
        if lineCount > entries.count { rewrite() }
    }

    /// How many bytes of the file to read per line kept: cells longer than this (4 KiB) may be
    /// cut from the history's oldest end.
    public static let maximumLineBytes = 4096

    /// The whole lines among the file's last `bytes` bytes, at most the last `lines` of them,
    /// and whether that is the whole file.
    static func tail(of path: String, lines: Int, bytes: Int) -> (bytes: ArraySlice<UInt8>, isWhole: Bool)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return nil }
        let start = size > UInt64(bytes) ? size - UInt64(bytes) : 0
        guard (try? handle.seek(toOffset: start)) != nil, let data = try? handle.readToEnd() ?? Data() else { return nil }
        var tail = [UInt8](data)[...]
        var isWhole = start == 0
        if !isWhole, let firstBreak = tail.firstIndex(of: 0x0A) {
            tail = tail[(firstBreak + 1)...]
        }
        var seen = 0
        var index = tail.endIndex
        while index > tail.startIndex {
            let before = tail.index(before: index)
            if tail[before] == 0x0A, before != tail.index(before: tail.endIndex) {
                seen += 1
                if seen == lines {
                    tail = tail[index...]
                    isWhole = false
                    break
                }
            }
            index = before
        }
        return (tail, isWhole)
    }

    /// Where the history lives for this environment: `$XDG_DATA_HOME/descent/history`,
    /// or `$HOME/.local/share/descent/history` when `XDG_DATA_HOME` is unset or relative.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/descent/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/descent/history"
    }

    /// Adds a line unless it is blank or repeats the previous one; returns whether it was added.
    @discardableResult
    public mutating func record(_ line: String) -> Bool {
        let line = line.replacingOccurrences(of: "\n", with: " ")
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line != entries.last else { return false }
        entries.append(line)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        if lineCount + 1 >= 2 * limit {
            rewrite()
        } else {
            append(line)
        }
        return true
    }

    private mutating func append(_ line: String) {
        guard let path, prepareDirectory(for: path) else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        if bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count {
            lineCount += 1
        }
    }

    private mutating func rewrite() {
        guard let path, prepareDirectory(for: path) else { return }
        let text = entries.map { $0 + "\n" }.joined()
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
              rename(temporary, path) == 0
        else {
            unlink(temporary)
            return
        }
        lineCount = entries.count
    }

    private func prepareDirectory(for path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: directory) { return true }
        return (try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
    }
}

import Foundation

/// Loads and saves a ``StudentProgress`` file, atomically.
///
/// The file is `progress.json` under `$XDG_DATA_HOME/descent/` (by default
/// `~/.local/share/descent/`). Saving writes a temporary file beside it and renames it over
/// the old one, so a crash leaves either the old record or the new, never half of one.
/// A file that cannot be read as a progress record is renamed aside, with a message.
public struct ProgressStore: Sendable {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The store the environment asks for: `$XDG_DATA_HOME/descent`, else `~/.local/share/descent`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = URL(fileURLWithPath: data)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        }
        return ProgressStore(directory: base.appendingPathComponent("descent"))
    }

    public var file: URL { directory.appendingPathComponent("progress.json") }

    /// What loading found: the record, and a message when a bad file was set aside.
    public struct Loaded: Sendable {
        public var progress: StudentProgress
        public var notice: String?
    }

    /// The saved record, a fresh one for `student` when there is none, or a fresh one
    /// after setting a corrupt or foreign file aside.
    public func load(student: String) -> Loaded {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return Loaded(progress: StudentProgress(student: student))
        }
        if let progress = try? JSONDecoder().decode(StudentProgress.self, from: data),
           progress.format == StudentProgress.currentFormat {
            return Loaded(progress: progress)
        }
        let aside = directory.appendingPathComponent("progress.json.unreadable-\(Int(Date().timeIntervalSince1970))")
        let moved = rename(file.path, aside.path) == 0
        let notice = moved
            ? "note: \(file.path) was not a progress record; moved it to \(aside.lastPathComponent) and started afresh"
            : "note: \(file.path) was not a progress record and could not be moved; starting afresh"
        return Loaded(progress: StudentProgress(student: student), notice: notice)
    }

    /// Writes the record: a temporary file, then a rename over the old one.
    public func save(_ progress: StudentProgress) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        let temporary = directory.appendingPathComponent(".progress.json.\(getpid()).tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot save \(file.path): \(reason)"])
        }
    }
}

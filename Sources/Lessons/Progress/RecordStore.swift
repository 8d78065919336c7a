import Foundation

/// Where students' attempt logs live: `$XDG_DATA_HOME/descent/logs/NAME.jsonl`, by default
/// `~/.local/share/descent/logs/NAME.jsonl`, one file per student.
public struct RecordStore: Sendable {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// The store the environment asks for. A relative `XDG_DATA_HOME` is refused, as the
    /// XDG Base Directory spec says; an empty one counts as unset.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) throws(RecordError) -> RecordStore {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            guard data.hasPrefix("/") else { throw .relativeDataHome(data) }
            base = URL(fileURLWithPath: data)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        }
        return RecordStore(directory: base.appendingPathComponent("descent"))
    }

    public var logsDirectory: URL { directory.appendingPathComponent("logs") }

    /// The log of `student`; the name is kept readable in the file name, other characters escaped.
    public func log(for student: String) -> AttemptLog {
        AttemptLog(file: logsDirectory.appendingPathComponent(Self.fileName(student) + ".jsonl"), student: student)
    }

    /// `alice` → `alice`, `Ann Lee` → `Ann%20Lee`, `../x` → `%2E%2E%2Fx`.
    static func fileName(_ student: String) -> String {
        var name = ""
        for byte in student.utf8 {
            let scalar = UnicodeScalar(byte)
            if (byte < 128 && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)))) || byte == 45 || byte == 95 {
                name.append(Character(scalar))
            } else {
                name += String(format: "%%%02X", byte)
            }
        }
        return name.isEmpty ? "%" : name
    }

    /// The student's progress in `catalog`, replayed from their log.
    public func progress(of student: String, in catalog: LessonCatalog) -> Loaded {
        let (events, unreadable) = log(for: student).read()
        let notice = unreadable == 0 ? nil
            : "note: \(unreadable) line\(unreadable == 1 ? "" : "s") of \(log(for: student).file.path) could not be read and \(unreadable == 1 ? "was" : "were") skipped"
        return Loaded(progress: StudentProgress(student: student, events: events, catalog: catalog), notice: notice)
    }

    /// What loading found: the progress, and a note when lines of the log were skipped.
    public struct Loaded: Sendable {
        public var progress: StudentProgress
        public var notice: String?
    }

    /// Removes temporary files an interrupted save of the old `progress.json` left behind.
    public func removeLeftovers() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(".progress.json.") && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}

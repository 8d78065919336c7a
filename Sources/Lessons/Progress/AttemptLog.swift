import Foundation

/// A student's append-only attempt log: a JSON Lines file, one ``AttemptEvent`` a line.
///
/// Each event is written with a single `write(2)` on a file opened with `O_APPEND`, so a line
/// is never interleaved with another process's and a crash loses at most the line being
/// written. Nothing is ever rewritten: `:restart` appends a new attempt.
public struct AttemptLog: Sendable {
    public var file: URL
    public var student: String

    public init(file: URL, student: String) {
        self.file = file
        self.student = student
    }

    /// Appends `event`, stamped with the time and the student.
    public func append(_ event: AttemptEvent, at date: Date = Date()) throws(RecordError) {
        var event = event
        event.time = Self.timeFormat.string(from: date)
        event.student = student
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(event) else { return }
        line.append(10)
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RecordError.cannotWrite(folder.path, reason: Self.reason(error))
        }
        let descriptor = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(file.path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw .cannotWrite(file.path, reason: written < 0 ? String(cString: strerror(errno)) : "the disk is full")
        }
    }

    /// Appends `events` in order, stopping at the first that cannot be written.
    public func append(_ events: [AttemptEvent]) throws(RecordError) {
        for event in events { try append(event) }
    }

    /// The events in the file, and how many lines could not be read (a torn last line, an edit).
    public static func read(_ url: URL) -> (events: [AttemptEvent], unreadable: Int) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return ([], 0) }
        var events: [AttemptEvent] = []
        var unreadable = 0
        let decoder = JSONDecoder()
        for line in data.split(separator: 10) where !line.allSatisfy({ $0 == 32 || $0 == 13 }) {
            if let event = try? decoder.decode(AttemptEvent.self, from: Data(line)), event.attempt >= 1 {
                events.append(event)
            } else {
                unreadable += 1
            }
        }
        return (events, unreadable)
    }

    public func read() -> (events: [AttemptEvent], unreadable: Int) { Self.read(file) }

    nonisolated(unsafe) static let timeFormat: ISO8601DateFormatter = {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime]
        return format
    }()

    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(code))) }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

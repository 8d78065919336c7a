import Foundation
import Testing

/// Compares text with recorded files in a folder (plots, lesson transcripts): what a student
/// will see, reviewed by a person whenever it changes.
///
/// Run the tests with `DESCENT_RECORD=1` to write the files afresh. Recording fails the test,
/// so a run that re-recorded can never pass unnoticed: read the diff, then run again without it.
public struct GoldenFiles: Sendable {
    public let directory: URL
    /// Whether ``check(_:_:sourceLocation:)`` writes the files instead of comparing with them.
    public let isRecording: Bool

    /// The folder `folder` beside the source file `filePath` (pass `#filePath`).
    public init(_ folder: String, beside filePath: String) {
        self.init(directory: URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(folder))
    }

    /// The files in `directory`, recorded afresh when `isRecording` (by default, when `DESCENT_RECORD=1`).
    public init(directory: URL, isRecording: Bool = GoldenFiles.isRecording) {
        self.directory = directory
        self.isRecording = isRecording
    }

    /// Whether this run records the files instead of comparing with them.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["DESCENT_RECORD"] == "1"
    }

    /// Fails the test with a unified diff when `text` differs from the file `name`; when
    /// recording, writes it and fails with what changed.
    public func check(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let recorded = try? String(contentsOf: url, encoding: .utf8)
        if isRecording {
            record(text, at: url, over: recorded, sourceLocation: sourceLocation)
            return
        }
        guard let recorded else {
            Issue.record(
                "missing golden file \(url.path); record it with DESCENT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        guard recorded != text else { return }
        let diff = LineDiff(from: recorded, to: text).unified(fromName: "recorded \(name)", toName: "actual")
        Issue.record("\(name) differs from its golden file:\n\(diff)", sourceLocation: sourceLocation)
    }

    private func record(_ text: String, at url: URL, over recorded: String?, sourceLocation: SourceLocation) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        let change: String
        switch recorded {
        case nil: change = "a new file"
        case text?: change = "unchanged"
        case let old?: change = "changed:\n" + LineDiff(from: old, to: text).unified(fromName: "was", toName: "now")
        }
        Issue.record(
            "recorded \(url.path), \(change)\nRecording fails the run: read the file, then run again without DESCENT_RECORD.",
            sourceLocation: sourceLocation)
    }
}

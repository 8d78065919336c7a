import Foundation
import Testing

/// Compares rendered lines with a file in `Golden/` beside this source file.
///
/// Run the tests with `DESCENT_RECORD=1` to write the files afresh; then read every
/// changed file before committing, since it is what a student will see.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["DESCENT_RECORD"] == "1"
    }

    static func check(_ name: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let text = lines.joined(separator: "\n") + "\n"
        let url = directory.appendingPathComponent("\(name).txt")
        if isRecording {
            do {
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name).txt; record it with DESCENT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
            Issue.record(
                "\(name).txt line \(number + 1) differs:\n  expected: \(want)\n  actual:   \(got)",
                sourceLocation: sourceLocation)
            return
        }
        #expect(expectedLines.count == actualLines.count, "\(name).txt line count differs", sourceLocation: sourceLocation)
    }
}

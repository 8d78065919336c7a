import Foundation
import Testing

/// Compares text with a file in `Golden/` beside this source file.
///
/// Run the tests with `DESCENT_RECORD=1` to write the files afresh; then read every
/// changed file before committing, since it is what a student will see.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DESCENT_RECORD"] == "1" {
            do {
                try text.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); record it with DESCENT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (line, actual)) in zip(want, got).enumerated() where line != actual {
            Issue.record("\(name) line \(number + 1) differs:\n  expected: \(line)\n  actual:   \(actual)", sourceLocation: sourceLocation)
            return
        }
        #expect(want.count == got.count, "\(name): line count differs", sourceLocation: sourceLocation)
    }
}

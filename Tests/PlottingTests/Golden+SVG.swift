import Foundation
import Testing

extension Golden {
    /// Compares an SVG document with `Golden/NAME.svg`, recorded like the text goldens.
    static func check(_ name: String, svg: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent("\(name).svg")
        if isRecording {
            do {
                try svg.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name).svg; record it with DESCENT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = svg.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
            Issue.record("\(name).svg line \(number + 1) differs:\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
            return
        }
        #expect(expectedLines.count == actualLines.count, "\(name).svg line count differs", sourceLocation: sourceLocation)
    }
}

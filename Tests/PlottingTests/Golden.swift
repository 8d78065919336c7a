import DescentTestSupport
import Testing

/// The rendered plots in `Golden/` beside this file, one `.txt` each; `DESCENT_RECORD=1` re-records them.
enum Golden {
    static let files = GoldenFiles("Golden", beside: #filePath)

    static func check(_ name: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        files.check("\(name).txt", lines.joined(separator: "\n") + "\n", sourceLocation: sourceLocation)
    }
}

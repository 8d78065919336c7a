import DescentTestSupport
import Plotting
import Testing

/// The rendered plots in `Golden/` beside this file, one `.txt` each; `DESCENT_RECORD=1` re-records them.
enum Golden {
    static let files = GoldenFiles("Golden", beside: #filePath)

    static func check(_ name: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        files.check("\(name).txt", lines.joined(separator: "\n") + "\n", sourceLocation: sourceLocation)
    }

    /// Inked lines as a colour terminal receives them: each run that has a colour wrapped in
    /// its SGR code and a reset (series blue, red, green, magenta, cyan, yellow; faint 2), the
    /// bytes the colour goldens were recorded with when plots still wrote escape codes.
    static func painted(_ lines: [InkedLine]) -> [String] {
        let seriesCodes = ["34", "31", "32", "35", "36", "33"]
        return lines.map { line in
            line.runs.map { run in
                switch run.ink {
                case .plain: run.text
                case .faint: "\u{1B}[2m" + run.text + "\u{1B}[0m"
                case .series(let index): "\u{1B}[\(seriesCodes[index % 6])m" + run.text + "\u{1B}[0m"
                }
            }.joined()
        }
    }
}

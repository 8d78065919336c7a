/// Wraps plain lines (questions, choices, feedback, hints, solutions) to the terminal's
/// width at spaces, never inside a word: a word longer than the width gets a line of its own.
///
/// Unlike prose, these are not Markdown: feedback may quote an answer such as `2*x*y`,
/// which Markdown would read as emphasis. A choice line `  b) text` hangs under its text.
struct LineWrapper: Sendable {
    var width: Int

    func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0)) }.joined(separator: "\n")
    }

    private func wrapLine(_ line: String) -> String {
        guard line.count > width else { return line }
        let leading = line.prefix { $0 == " " }.count
        let hang = String(repeating: " ", count: min(leading + Self.markerWidth(line.dropFirst(leading)), width / 2))
        var lines: [String] = []
        var current = String(line.prefix(leading))
        var currentHasWord = false
        for word in line.dropFirst(leading).split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = currentHasWord ? current + " " + word : current + word
            if candidate.count <= width || !currentHasWord {
                current = candidate
            } else {
                lines.append(current)
                current = hang + word
            }
            currentHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// 3 for a choice's `b) `, else 0.
    private static func markerWidth(_ text: Substring) -> Int {
        let characters = Array(text.prefix(3))
        guard characters.count == 3, characters[0].isLetter, characters[1] == ")", characters[2] == " " else { return 0 }
        return 3
    }
}

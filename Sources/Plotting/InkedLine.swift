/// One line of a drawn plot as runs of text, each in its ``Ink``: the colours kept as data
/// beside the text, for a terminal to paint and a notebook to leave out.
public struct InkedLine: Sendable, Hashable {
    /// Text drawn in one ink.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var ink: Ink

        public init(text: String, ink: Ink) {
            self.text = text
            self.ink = ink
        }
    }

    public private(set) var runs: [Run] = []

    public init(_ text: String = "", ink: Ink = .plain) {
        append(text, ink)
    }

    /// Adds `text` in `ink`, joining it to the last run when that has the same ink.
    public mutating func append(_ text: String, _ ink: Ink = .plain) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].ink == ink {
            runs[last].text += text
        } else {
            runs.append(Run(text: text, ink: ink))
        }
    }

    public mutating func append(_ other: InkedLine) {
        for run in other.runs { append(run.text, run.ink) }
    }

    static func + (left: InkedLine, right: InkedLine) -> InkedLine {
        var line = left
        line.append(right)
        return line
    }

    /// The line without its inks.
    public var plain: String { runs.map(\.text).joined() }

    var displayWidth: Int { runs.reduce(0) { $0 + $1.text.displayWidth } }

    /// `self` followed by plain spaces up to `width` display columns (unchanged if wider).
    func padded(toWidth width: Int) -> InkedLine {
        let missing = width - displayWidth
        guard missing > 0 else { return self }
        var line = self
        line.append(String(repeating: " ", count: missing))
        return line
    }

    /// `self` cut to at most `width` columns, ending in a plain `…` when cut; the runs kept
    /// keep their inks, so the text is the plain text's ``Swift/String/truncated(toWidth:ellipsis:)``.
    func truncated(toWidth width: Int) -> InkedLine {
        guard displayWidth > width else { return self }
        guard width > 0 else { return InkedLine() }
        let ellipsis = "…"
        var remaining = plain.truncated(toWidth: width, ellipsis: ellipsis).unicodeScalars.count - 1
        var line = InkedLine()
        for run in runs where remaining > 0 {
            let kept = run.text.unicodeScalars.prefix(remaining)
            line.append(String(String.UnicodeScalarView(kept)), run.ink)
            remaining -= kept.count
        }
        line.append(ellipsis)
        return line
    }
}

extension [String] {
    /// Plain lines as inked lines of one plain run each.
    var inked: [InkedLine] { map { InkedLine($0) } }
}

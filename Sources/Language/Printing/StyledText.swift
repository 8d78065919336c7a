/// Text in runs with named styles (`error`, `caret`, `hint` …): emphasis kept as data in the
/// output model, so each front end decides how it looks. The terminal maps the names to
/// escape codes as it writes (and to nothing with colour off); a notebook shows plain text.
public struct StyledText: Equatable, Sendable {
    /// What a run of text is, not how it looks.
    public enum Style: String, Sendable {
        /// The word `error:` that opens an error.
        case error
        /// The carets under the columns an error concerns.
        case caret
        /// A `hint:` line.
        case hint
        /// A numeral in a result.
        case number
        /// A remark in the margin: an interruption, a skipped line.
        case dim
    }

    public struct Run: Equatable, Sendable {
        public var text: String
        /// Nil for unstyled text.
        public var style: Style?

        public init(text: String, style: Style?) {
            self.text = text
            self.style = style
        }
    }

    public private(set) var runs: [Run] = []

    public init(_ text: String = "", style: Style? = nil) {
        append(text, style)
    }

    /// Adds `text` in `style`, joining it to the last run when that has the same style.
    public mutating func append(_ text: String, _ style: Style? = nil) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, runs[last].style == style {
            runs[last].text += text
        } else {
            runs.append(Run(text: text, style: style))
        }
    }

    public mutating func append(_ other: StyledText) {
        for run in other.runs { append(run.text, run.style) }
    }

    /// The text without its styles.
    public var plain: String { runs.map(\.text).joined() }
}

/// Text in runs with named styles (`error`, `caret`, `hint` …): emphasis kept as data in the
/// output model, so each front end decides how it looks. The terminal maps the names to
/// escape codes as it writes (and to nothing with colour off); a notebook shows plain text.
public struct StyledText: Equatable, Sendable {
    /// What a run of text is, not how it looks.
    public enum Style: Sendable, Hashable {
        /// The word `error:` that opens an error.
        case error
        /// The carets under the columns an error concerns.
        case caret
        /// A `hint:` line.
        case hint
        /// A numeral in a result.
        case number
        /// A remark in the margin: an interruption, a skipped line; a plot's axes through zero.
        case dim
        /// A plot's series or optimizer path number `index` (from 0), each in its own colour.
        case series(Int)
        /// Lesson prose set in bold, italic, as code, or as a frame (quote bars, list markers).
        case emphasis(Emphasis)
    }

    /// How prose is emphasised; a run can be bold and italic at once.
    public struct Emphasis: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let bold = Emphasis(rawValue: 1)
        public static let italic = Emphasis(rawValue: 2)
        public static let code = Emphasis(rawValue: 4)
        /// Quote bars, list markers, heading rules: the frame around the text.
        public static let frame = Emphasis(rawValue: 8)
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

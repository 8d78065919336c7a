/// One line of rendered Markdown: runs of text, each with the styles it is shown in.
public struct StyledLine: Sendable, Equatable {
    /// A piece of text and how it is shown.
    public struct Run: Sendable, Equatable {
        public var text: String
        public var style: Style
    }

    /// Named styles; a front end decides what each looks like.
    public struct Style: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let bold = Style(rawValue: 1)
        public static let italic = Style(rawValue: 2)
        public static let code = Style(rawValue: 4)
        /// Quote bars, list markers, heading rules: the frame around the text.
        public static let frame = Style(rawValue: 8)
    }

    public var runs: [Run]

    /// The text without styles.
    public var text: String { runs.map(\.text).joined() }

    /// Columns on a terminal (one per character: lesson prose has no wide characters).
    public var width: Int { runs.reduce(0) { $0 + $1.text.count } }
}

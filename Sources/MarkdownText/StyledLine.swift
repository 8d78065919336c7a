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

    /// The line with ANSI attributes: bold (1), italic (3), code (36, cyan), frame (2, dim).
    public var ansiText: String {
        runs.map { run in
            var codes: [String] = []
            if run.style.contains(.bold) { codes.append("1") }
            if run.style.contains(.italic) { codes.append("3") }
            if run.style.contains(.code) { codes.append("36") }
            if run.style.contains(.frame) { codes.append("2") }
            return codes.isEmpty ? run.text : "\u{1B}[\(codes.joined(separator: ";"))m\(run.text)\u{1B}[0m"
        }.joined()
    }
}

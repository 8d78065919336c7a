import Language
import MarkdownText

/// Lays out a step's Markdown prose for the terminal with `TerminalMarkdown`: words wrapped
/// to the width and never split, bold, italic and code as `.emphasis` runs, quotes behind a
/// bar, lists with hanging indents.
public struct ProseWrapper: Sendable {
    public var width: Int
    /// Whether the front end shows emphasis (colour on); without it inline code keeps its
    /// backticks, since nothing else would set it apart.
    public var styled: Bool

    public init(width: Int, styled: Bool = false) {
        self.width = max(20, width)
        self.styled = styled
    }

    /// The prose's lines joined by line breaks, each run of Markdown emphasis a styled run.
    public func wrap(_ markdown: String) -> StyledText {
        var text = StyledText()
        let lines = TerminalMarkdown(width: width, styled: styled).lines(MarkdownDocument(parsing: markdown))
        for (index, line) in lines.enumerated() {
            if index > 0 { text.append("\n") }
            for run in line.runs { text.append(run.text, Self.style(run.style)) }
        }
        return text
    }

    /// The output model's style for a Markdown style: nil for plain text.
    static func style(_ style: StyledLine.Style) -> StyledText.Style? {
        let pairs: [(StyledLine.Style, StyledText.Emphasis)] = [
            (.bold, .bold), (.italic, .italic), (.code, .code), (.frame, .frame),
        ]
        let emphasis = StyledText.Emphasis(pairs.filter { style.contains($0.0) }.map(\.1))
        return emphasis.isEmpty ? nil : .emphasis(emphasis)
    }

    /// Text that is not Markdown (a question with a student's numbers, feedback quoting an
    /// answer such as `2*x*y`) wrapped by the same renderer: a line that fits is kept as
    /// written, so aligned help and a caret under an answer stay in place; a longer line is
    /// refilled at its spaces, its indentation kept on every piece, no word split.
    public func wrapText(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > width else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            let inner = TerminalMarkdown(width: max(20, width - indent.count), styled: false)
            let literal = MarkdownDocument(parsing: Self.escaped(line.dropFirst(indent.count)))
            return inner.text(literal).split(separator: "\n", omittingEmptySubsequences: false)
                .map { indent + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// `line` with every ASCII punctuation character backslash-escaped, so CommonMark reads
    /// it as literal text: no emphasis, code span, link or list marker.
    static func escaped(_ line: Substring) -> String {
        var result = ""
        for character in line {
            if asciiPunctuation.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
}

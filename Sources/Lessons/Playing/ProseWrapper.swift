import MarkdownText

/// Lays out a step's Markdown prose for the terminal with `TerminalMarkdown`: words wrapped
/// to the width and never split, bold and italic as attributes when `styled` (plain text
/// under NO_COLOR), quotes behind a bar, lists with hanging indents.
public struct ProseWrapper: Sendable {
    public var width: Int
    /// Whether to show bold, italic and code with ANSI attributes.
    public var styled: Bool

    public init(width: Int, styled: Bool = false) {
        self.width = max(20, width)
        self.styled = styled
    }

    public func wrap(_ markdown: String) -> String {
        TerminalMarkdown(width: width, styled: styled).text(MarkdownDocument(parsing: markdown))
    }
}

/// A block of a Markdown document, as the terminal renderer needs it.
public indirect enum MarkdownBlock: Sendable, Equatable {
    case paragraph([MarkdownInline])
    case heading(level: Int, [MarkdownInline])
    case quote([MarkdownBlock])
    /// Items, each a list of blocks; `start` is nil for a bullet list.
    case list(start: Int?, items: [[MarkdownBlock]])
    case code(String)
    case table(header: [[MarkdownInline]], rows: [[[MarkdownInline]]])
    case rule
}

/// A span of inline text.
public indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    /// A soft line break: a space once the paragraph is refilled.
    case space
    case lineBreak
}

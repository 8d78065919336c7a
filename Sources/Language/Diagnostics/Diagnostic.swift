/// An error message for students: what went wrong, the columns it concerns, and a hint.
///
/// Rendered under the cell with a caret, in the style of compilers:
/// ```
/// error: expected ')' to close '(' opened at column 4, found end of input
///   sin(x
///        ^
/// ```
public struct Diagnostic: Equatable, Sendable, Error {
    public var message: String
    public var range: SourceRange?
    public var hint: String?

    public init(_ message: String, range: SourceRange? = nil, hint: String? = nil) {
        self.message = message
        self.range = range
        self.hint = hint
    }

    /// The message, and when the cell is known, the cell with carets under the columns.
    public func rendered(cell: String?) -> String {
        styled(cell: cell).plain
    }

    /// ``rendered(cell:)`` with its parts named: the word `error:`, the carets, the hint.
    public func styled(cell: String?) -> StyledText {
        var text = StyledText("error:", style: .error)
        text.append(" \(message)")
        if let cell, let range, !cell.contains("\n") {
            let (excerpt, column) = Diagnostic.excerpt(of: cell, around: range.start)
            let width = max(1, min(range.end - range.start, excerpt.count - column + 2))
            text.append("\n  " + excerpt + "\n")
            text.append("  " + String(repeating: " ", count: max(0, column - 1)) + String(repeating: "^", count: width), .caret)
        }
        if let hint {
            text.append("\n")
            text.append("hint: \(hint)", .hint)
        }
        return text
    }

    /// At most `width` characters of a long cell around `column`, with `…` where cut,
    /// and the column's position in the excerpt.
    static func excerpt(of cell: String, around column: Int, width: Int = 72) -> (String, Int) {
        let characters = Array(cell)
        guard characters.count > width else { return (cell, column) }
        let start = max(0, min(column - 1 - width / 2, characters.count - width))
        let end = min(characters.count, start + width)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        return (prefix + String(characters[start..<end]) + suffix, column - start + prefix.count)
    }
}

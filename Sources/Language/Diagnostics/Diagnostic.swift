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
        var lines = ["error: \(message)"]
        if let cell, let range, !cell.contains("\n") {
            let width = max(1, range.end - range.start)
            lines.append("  " + cell)
            lines.append("  " + String(repeating: " ", count: max(0, range.start - 1)) + String(repeating: "^", count: width))
        }
        if let hint { lines.append("hint: \(hint)") }
        return lines.joined(separator: "\n")
    }
}

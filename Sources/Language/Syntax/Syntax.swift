/// A parsed expression as the student typed it, every node with its columns.
///
/// This is the tree the parser builds and the kernel interprets; the algebra works
/// on ``Expr``, which has no source positions and is shared and canonical.
public indirect enum Syntax: Sendable {
    case number(String, SourceRange)
    case name(String, SourceRange)
    case negate(Syntax, SourceRange)
    case binary(BinaryOperator, Syntax, Syntax, SourceRange)
    case call(String, nameRange: SourceRange, [Argument], SourceRange)
    /// `Out[3]`: an element of a list or of the cell history.
    case element(Syntax, Syntax, SourceRange)
    /// `r.path`: a part of a value such as an optimizer run.
    case member(Syntax, String, SourceRange)
    /// `"a title"`
    case string(String, SourceRange)
    case list([Syntax], SourceRange)
    case range(Syntax, Syntax, SourceRange)

    public enum BinaryOperator: Character, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
    }

    /// An argument of a call, positional (`x`) or named (`lr = 0.1`).
    public struct Argument: Sendable {
        public var label: String?
        public var labelRange: SourceRange?
        public var value: Syntax

        public init(label: String? = nil, labelRange: SourceRange? = nil, value: Syntax) {
            self.label = label
            self.labelRange = labelRange
            self.value = value
        }

        public var range: SourceRange {
            labelRange.map { $0.union(value.range) } ?? value.range
        }
    }

    public var range: SourceRange {
        switch self {
        case .number(_, let range), .name(_, let range), .negate(_, let range),
             .binary(_, _, _, let range), .call(_, _, _, let range), .element(_, _, let range),
             .member(_, _, let range), .string(_, let range),
             .list(_, let range), .range(_, _, let range):
            return range
        }
    }
}

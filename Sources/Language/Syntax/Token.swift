/// A lexical unit of a cell.
public struct Token: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case number(String)
        case identifier(String)
        /// `"a title"`, for plot titles and labels.
        case string(String)
        /// `.` before a name, as in `r.path`.
        case dot
        /// `+ - * / ^`, with `−`, `·` and `×` read as their ASCII twins.
        case symbol(Character)
        /// A run of superscript digits such as `²` or `⁻¹`, read as `^n`.
        case superscript(Int)
        case leftParenthesis, rightParenthesis
        case leftBracket, rightBracket
        case comma, equals, dots
        case end
    }

    public var kind: Kind
    public var range: SourceRange

    /// How the token reads in an error message: `')'`, `number 3`, `end of input`.
    public var description: String {
        switch kind {
        case .number(let text): return "number \(text)"
        case .identifier(let name): return "'\(name)'"
        case .string(let text): return "\"\(text)\""
        case .dot: return "'.'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .superscript: return "an exponent"
        case .leftParenthesis: return "'('"
        case .rightParenthesis: return "')'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .comma: return "','"
        case .equals: return "'='"
        case .dots: return "'..'"
        case .end: return "end of input"
        }
    }
}

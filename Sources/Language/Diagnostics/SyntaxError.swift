/// What is wrong with the way a cell is written, and where.
public enum SyntaxError: Error, Equatable, Sendable {
    case unexpectedCharacter(Character, at: SourceRange)
    case unexpected(String, expected: String, at: SourceRange)
    case unclosed(Character, expected: Character, openedAt: SourceRange, at: SourceRange, found: String)
    case unmatchedClosing(String, at: SourceRange)
    case invalidAssignment(at: SourceRange)
    /// `f(x, x) = …`: a parameter named twice.
    case duplicateParameter(String, at: SourceRange)
    case tooDeep(limit: Int, at: SourceRange)
    case unterminatedString(at: SourceRange)
    case emptyInput

    /// The error as a student reads it, with the columns to underline.
    public var diagnostic: Diagnostic {
        switch self {
        case .unexpectedCharacter(let character, let range):
            return Diagnostic("unexpected character '\(character)' at column \(range.start)", range: range,
                              hint: "operators are + - * / ^, and ** also means ^")
        case .unexpected(let found, let expected, let range):
            return Diagnostic("expected \(expected) at column \(range.start), found \(found)", range: range)
        case .unclosed(let opener, let expected, let openedAt, let range, let found):
            return Diagnostic(
                "expected '\(expected)' to close '\(opener)' opened at column \(openedAt.start), found \(found)",
                range: range)
        case .unmatchedClosing(let found, let range):
            return Diagnostic("\(found) at column \(range.start) has no matching opening bracket", range: range)
        case .invalidAssignment(let range):
            return Diagnostic("can only assign to a name (a = 1) or define a function (f(x) = x^2)", range: range)
        case .duplicateParameter(let name, let range):
            return Diagnostic("parameter '\(name)' is named twice at column \(range.start)", range: range,
                              hint: "give each parameter its own name, as in f(x, y) = x*y")
        case .tooDeep(let limit, let range):
            return Diagnostic("expression nested too deep (more than \(limit) levels) at column \(range.start)",
                              range: range)
        case .unterminatedString(let range):
            return Diagnostic("text starting at column \(range.start) has no closing quote", range: range,
                              hint: "write text in double quotes, as in title = \"loss\"")
        case .emptyInput:
            return Diagnostic("empty input: type an expression")
        }
    }
}

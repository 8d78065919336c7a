import Foundation

/// Errors of meaning rather than form: unknown names, wrong argument counts, wrong kinds of value.
public enum LanguageError: Error, Equatable, Sendable {
    case syntax(SyntaxError)
    case unknownFunction(String, at: SourceRange, suggestion: String?)
    /// `function` takes `expected` (for example "2 arguments (an expression and a variable)").
    case wrongArgumentCount(function: String, expected: String, got: Int, at: SourceRange)
    case unknownArgument(function: String, label: String, at: SourceRange, suggestion: String?)
    case invalidArgument(function: String, message: String, at: SourceRange)
    case unboundVariable(String, at: SourceRange?, context: String)
    case notAnExpression(String, at: SourceRange)
    case invalidNumber(String, at: SourceRange)
    /// An exact power that would have about `digits` digits, more than ``Number/maximumDigits``.
    case numberTooLarge(digits: Double, at: SourceRange)
    case other(String, at: SourceRange?)

    public var diagnostic: Diagnostic {
        switch self {
        case .syntax(let error):
            return error.diagnostic
        case .unknownFunction(let name, let range, let suggestion):
            return Diagnostic("unknown function '\(name)' at column \(range.start)", range: range,
                              hint: suggestion.map { "did you mean '\($0)'?" } ?? "type :help to list the functions")
        case .wrongArgumentCount(let function, let expected, let got, let range):
            let given = got == 1 ? "1 was given" : "\(got) were given"
            return Diagnostic("\(function) takes \(expected), but \(given)", range: range,
                              hint: "type :help \(function) for an example")
        case .unknownArgument(let function, let label, let range, let suggestion):
            return Diagnostic("\(function) has no option '\(label)'", range: range,
                              hint: suggestion.map { "did you mean '\($0)'?" } ?? "type :help \(function) for its options")
        case .invalidArgument(let function, let message, let range):
            return Diagnostic("\(function): \(message)", range: range)
        case .unboundVariable(let name, let range, let context):
            return Diagnostic("\(context): no value for '\(name)'", range: range,
                              hint: "give it one, e.g. \(name) = 1")
        case .notAnExpression(let what, let range):
            return Diagnostic("\(what) cannot be used in arithmetic", range: range)
        case .invalidNumber(let text, let range):
            return Diagnostic("'\(text)' is not a number", range: range)
        case .numberTooLarge(let digits, let range):
            let count = digits < 1e15 ? "about " + LanguageError.grouped(Int(digits))
                : digits.isFinite ? "about 10^\(Int(log10(digits).rounded(.down)))" : "more than 10^308"
            return Diagnostic("this exact power would have \(count) digits; exact numbers are limited to "
                              + "\(LanguageError.grouped(Number.maximumDigits)) digits", range: range,
                              hint: "for an approximate value use a decimal, e.g. 2.0^1000 instead of 2^1000")
        case .other(let message, let range):
            return Diagnostic(message, range: range)
        }
    }

    /// `301029996` → `301,029,996`.
    private static func grouped(_ n: Int) -> String {
        var text = String(n)
        var index = text.count - 3
        while index > 0 {
            text.insert(",", at: text.index(text.startIndex, offsetBy: index))
            index -= 3
        }
        return text
    }
}

import Language

/// A built-in operation of the language, such as `diff` or `plot`, with the help text
/// `:help NAME` shows.
struct Builtin: Sendable {
    let name: String
    /// How to call it: `diff(e, x, n)`.
    let signature: String
    let summary: String
    /// A cell the student can run as it is.
    let example: String
    let run: @Sendable (Arguments, Interpreter) throws(LanguageError) -> Value
}

/// Every built-in operation, by name.
enum Builtins {
    static let all: [String: Builtin] = Dictionary(
        uniqueKeysWithValues: (calculus + plots + optimizers + experiments + fitting + networks + schedules + codeGeneration).map { ($0.name, $0) })
}

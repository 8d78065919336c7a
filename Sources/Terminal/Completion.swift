/// What Tab offers at the cursor: built-in functions, the session's names,
/// `:commands`, and after `:lesson ` the lesson names.
///
/// Pure: the line editor passes the line up to the word being completed and the
/// names it knows; readline shows the candidates.
public struct Completion: Equatable, Sendable {
    /// What a candidate names, which decides what follows it when it is the only one.
    public enum Kind: Equatable, Sendable {
        case function, variable, command, lesson, setting, topic
    }

    public struct Candidate: Equatable, Sendable {
        public var text: String
        public var kind: Kind

        public init(_ text: String, _ kind: Kind) {
            self.text = text
            self.kind = kind
        }
    }

    /// The names Tab draws from.
    public struct Vocabulary: Sendable {
        public var builtins: [String]
        public var functions: [String]
        public var variables: [String]
        public var commands: [String]
        public var lessons: [String]

        public init(builtins: [String], functions: [String], variables: [String], commands: [String], lessons: [String]) {
            self.builtins = builtins
            self.functions = functions
            self.variables = variables
            self.commands = commands
            self.lessons = lessons
        }
    }

    /// The settings `:set` takes.
    public static let settings = ["ascii", "unicode", "digits", "width", "color", "csv", "seed"]
    /// Named constants of the language.
    public static let constants = ["pi", "inf", "nan"]
    /// Characters that end a word: `diff(si` completes `si`. `:` is not one, so `:he` completes as a command.
    public static let wordBreaks = " \t\n()[],+-*/^=<>!;"

    /// The candidates, sorted, or nil when the word is a file name (after `:save` and `:load`).
    ///
    /// - Parameters:
    ///   - word: the partial word under the cursor.
    ///   - before: the line before that word.
    public static func candidates(for word: String, after before: String, in vocabulary: Vocabulary) -> [Candidate]? {
        let context = before.trimmingCharacters(in: .whitespaces)
        let pool: [Candidate]
        if context.isEmpty, word.hasPrefix(":") {
            pool = vocabulary.commands.map { Candidate(":" + $0, .command) }
        } else if context.hasPrefix(":") {
            let command = context.dropFirst().split(separator: " ").first.map(String.init) ?? ""
            guard !context.contains(" ") else { return [] }
            switch command {
            case "lesson": pool = vocabulary.lessons.map { Candidate($0, .lesson) }
            case "help": pool = (vocabulary.builtins + vocabulary.commands).map { Candidate($0, .topic) }
            case "set": pool = settings.map { Candidate($0, .setting) }
            case "save", "load": return nil
            default: return []
            }
        } else {
            pool = (vocabulary.builtins + vocabulary.functions).map { Candidate($0, .function) }
                + (vocabulary.variables + constants).map { Candidate($0, .variable) }
        }
        var seen = Set<String>()
        return pool
            .filter { $0.text.hasPrefix(word) && seen.insert($0.text).inserted }
            .sorted { $0.text < $1.text }
    }

    /// What readline types after the only candidate: `(` after a function, a space
    /// after a command or setting, nothing after a variable.
    public static func suffix(after candidate: Candidate) -> Character? {
        switch candidate.kind {
        case .function: "("
        case .command, .setting: " "
        case .variable, .lesson, .topic: nil
        }
    }

    /// The longest prefix every candidate shares, which Tab types at once.
    public static func commonPrefix(of candidates: [Candidate]) -> String {
        guard var prefix = candidates.first?.text else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.text.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

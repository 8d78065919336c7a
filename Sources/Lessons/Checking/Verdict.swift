/// What the checker says about one answer.
public enum Verdict: Sendable, Equatable {
    /// The answer does not parse: the diagnostic with a caret. Not counted as a try.
    case unreadable(String)
    /// Equivalent to the expected answer.
    case correct(readAs: String)
    /// Equivalent, but the exercise asks for the simplest form.
    case notSimplified(readAs: String)
    /// Not equivalent, with what to say about it.
    case wrong(readAs: String, feedback: String)

    /// The answer as it was read, in Unicode (`3·x² + 1`), when it parsed.
    public var readAs: String? {
        switch self {
        case .unreadable: nil
        case .correct(let text), .notSimplified(let text), .wrong(let text, _): text
        }
    }

    public var isCorrect: Bool {
        if case .correct = self { true } else { false }
    }

    /// Whether the answer counts as a try: everything that parsed.
    public var countsAsTry: Bool {
        if case .unreadable = self { false } else { true }
    }
}

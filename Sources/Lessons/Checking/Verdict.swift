/// What the checker says about one answer.
public enum Verdict: Sendable, Equatable {
    /// The answer does not parse: the diagnostic with a caret. Not counted as a try.
    case unreadable(String)
    /// Not marked, and not counted as a try: the answer names a constant or a lesson
    /// variable instead of computing it, uses a name the answer lacks, or has the wrong shape.
    case refused(readAs: String, message: String)
    /// Equivalent to the expected answer.
    case correct(readAs: String)
    /// Equivalent, but the exercise asks for the simplest form.
    case notSimplified(readAs: String)
    /// Not equivalent, with what to say about it.
    case wrong(readAs: String, feedback: String)

    /// The answer as it was typed, in textbook notation (`3x² + 1`), when it parsed.
    public var readAs: String? {
        switch self {
        case .unreadable: nil
        case .correct(let text), .notSimplified(let text), .wrong(let text, _), .refused(let text, _): text
        }
    }

    public var isCorrect: Bool {
        if case .correct = self { true } else { false }
    }

    /// Whether the answer counts as a try: everything that was marked.
    public var countsAsTry: Bool {
        switch self {
        case .unreadable, .refused: false
        case .correct, .notSimplified, .wrong: true
        }
    }

    /// One word for logs and reports: `correct`, `wrong`, `not-simplified`, `refused`, `unreadable`.
    public var word: String {
        switch self {
        case .unreadable: "unreadable"
        case .refused: "refused"
        case .correct: "correct"
        case .notSimplified: "not-simplified"
        case .wrong: "wrong"
        }
    }
}

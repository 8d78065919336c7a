/// One exercise's tries and outcome within one attempt at its lesson.
public struct ExerciseRecord: Sendable, Equatable {
    public enum Outcome: String, Sendable, Comparable {
        case open, skipped, revealed, correct

        /// How good an outcome is, for "best": correct beats revealed and skipped, which beat open.
        var rank: Int {
            switch self {
            case .open: 0
            case .skipped: 1
            case .revealed: 2
            case .correct: 3
            }
        }

        public static func < (a: Outcome, b: Outcome) -> Bool { a.rank < b.rank }
    }

    /// Answers that were marked.
    public var tries = 0
    public var hintsSeen = 0
    public var outcome = Outcome.open

    public init(tries: Int = 0, hintsSeen: Int = 0, outcome: Outcome = .open) {
        self.tries = tries
        self.hintsSeen = hintsSeen
        self.outcome = outcome
    }

    /// How many tries an exercise allows before the answer is shown.
    public static let triesAllowed = 3

    /// Counts a marked answer: correct closes the exercise, the third wrong one reveals it.
    public mutating func mark(_ verdict: Verdict) {
        guard verdict.countsAsTry, !isClosed else { return }
        tries += 1
        if verdict.isCorrect {
            outcome = .correct
        } else if tries >= Self.triesAllowed {
            outcome = .revealed
        }
    }

    /// Whether the student may move past it: answered, shown after three tries, or skipped.
    public var isClosed: Bool { outcome != .open }

    /// `correct (1 try)`, `revealed (3 tries, 1 hint)`.
    public var summary: String {
        let tries = tries == 1 ? "1 try" : "\(tries) tries"
        let hints = hintsSeen == 0 ? "" : hintsSeen == 1 ? ", 1 hint" : ", \(hintsSeen) hints"
        return "\(outcome.rawValue) (\(tries)\(hints))"
    }
}

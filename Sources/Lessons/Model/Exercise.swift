/// A question checked by mathematics: an expression or number, a vector, a choice or an interval.
///
/// Written in a lesson as a fenced block (see `Lessons/README.md`):
/// ```
/// id: power-rule
/// question: What is d/dx of {a}·x²?
/// answer: 2*a*x
/// constants: a = 2..9
/// hint: The power rule brings the exponent down.
/// wrong: a*x => Multiply by the exponent 2 as well.
/// ```
public struct Exercise: Sendable, Equatable {
    /// 1 for the lesson's first exercise: for display only; records use ``id``.
    public var number: Int
    public var line: Int
    /// The stable name records use: the block's `id:`, else a hash of the question's text,
    /// so inserting an exercise before it does not move its records.
    public var id: String
    /// The question; `{a}` and `{2*a}` are filled in from the drawn constants.
    public var question: String
    /// The expected answer as the teacher wrote it (for a choice, the right option's text).
    public var answer: String
    /// What kind of answer is expected, read from `answer:` and `choices:`.
    public var kind: AnswerKind
    public var hints: [String] = []
    /// The reasoning in two or three lines, shown once the answer is revealed, solved or skipped.
    public var solution: String?
    /// Likely wrong answers and what to say about each.
    public var wrongAnswers: [WrongAnswer] = []
    /// Ranges the variables are sampled from; a variable not listed uses -2..2.
    public var domain: [String: ClosedRange<Double>] = [:]
    /// Points the answer is never compared at, such as a kink (`except: x = 1` for
    /// `step(x - 1)`), where equal forms may differ: a set of measure zero.
    public var exceptions: [String: [Double]] = [:]
    /// Relative tolerance when comparing values; nil for the default
    /// (``defaultNumberTolerance`` or ``defaultExpressionTolerance``).
    public var tolerance: Double?
    /// Whether an equivalent form that is not in its simplest form is refused.
    public var simplified = false
    /// Whether only the exact value is accepted: no rounding to significant figures, and
    /// agreement to rounding error (1e-12) rather than to the tolerance.
    public var exact = false
    /// Constants drawn per student.
    public var constants: [ConstantRule] = []

    public init(number: Int, line: Int, question: String, answer: String, id: String? = nil) {
        self.number = number
        self.line = line
        self.question = question
        self.answer = answer
        self.kind = .expression
        self.id = id ?? Exercise.hashID(question)
    }

    /// `q-` and eight hex digits of the question's FNV-1a hash.
    public static func hashID(_ question: String) -> String {
        let hash = SeededGenerator.stableHash(question)
        return "q-" + String(String(hash, radix: 16).suffix(8)).leftPadded(to: 8, with: "0")
    }

    /// A number computed by hand is accepted within 1 in 1000; an expression, which the
    /// student writes rather than computes, is compared to rounding error (1e-6).
    public static let defaultNumberTolerance = 1e-3
    public static let defaultExpressionTolerance = 1e-6
}

/// `wrong: a*x => Multiply by the exponent as well.`
public struct WrongAnswer: Sendable, Equatable {
    public var answer: String
    public var feedback: String

    public init(answer: String, feedback: String) {
        self.answer = answer
        self.feedback = feedback
    }
}

/// `a = 2..9` (a whole number in the range) or `lr = [0.1, 0.3, 0.5]` (one of the list).
public struct ConstantRule: Sendable, Equatable {
    public var name: String
    public var choices: Choices

    public enum Choices: Sendable, Equatable {
        case integers(ClosedRange<Int>)
        case list([Double])
    }

    public init(name: String, choices: Choices) {
        self.name = name
        self.choices = choices
    }

    /// The value this rule gives under `generator`. The range's width is computed without
    /// overflow, so `0..Int.max` draws like any other range.
    public func draw(_ generator: inout SeededGenerator) -> Double {
        switch choices {
        case .integers(let range):
            let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound))
            let offset = width == .max ? generator.next() : generator.next() % (width + 1)
            return Double(range.lowerBound) + Double(offset)
        case .list(let values):
            return values[Int(generator.next() % UInt64(values.count))]
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        String(repeating: String(pad), count: max(0, width - count)) + self
    }
}

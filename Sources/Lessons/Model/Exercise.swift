/// A question whose answer is an expression or a number, checked by equivalence.
///
/// Written in a lesson as a fenced block (see `Lessons/README.md`):
/// ```
/// question: What is d/dx of {a}·x²?
/// answer: 2*a*x
/// constants: a = 2..9
/// hint: The power rule brings the exponent down.
/// wrong: a*x => Multiply by the exponent 2 as well.
/// ```
public struct Exercise: Sendable, Equatable {
    /// 1 for the lesson's first exercise.
    public var number: Int
    public var line: Int
    /// The question; `{a}` and `{2*a}` are filled in from the drawn constants.
    public var question: String
    /// The expected answer, in the input syntax; it may use the constants.
    public var answer: String
    public var hints: [String] = []
    /// Likely wrong answers and what to say about each.
    public var wrongAnswers: [WrongAnswer] = []
    /// Ranges the variables are sampled from; a variable not listed uses -2..2.
    public var domain: [String: ClosedRange<Double>] = [:]
    /// Relative tolerance when comparing values.
    public var tolerance: Double = 1e-6
    /// Whether an equivalent but longer form is refused.
    public var simplified = false
    /// Constants drawn per student.
    public var constants: [ConstantRule] = []

    public init(number: Int, line: Int, question: String, answer: String) {
        self.number = number
        self.line = line
        self.question = question
        self.answer = answer
    }
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

    /// The value this rule gives under `generator`.
    public func draw(_ generator: inout SeededGenerator) -> Double {
        switch choices {
        case .integers(let range):
            return Double(range.lowerBound + Int(generator.next() % UInt64(range.count)))
        case .list(let values):
            return values[Int(generator.next() % UInt64(values.count))]
        }
    }
}

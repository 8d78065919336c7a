/// The shape of an exercise's answer.
public enum AnswerKind: Sendable, Equatable {
    /// An expression or a number: `answer: 2*a*x`.
    case expression
    /// `answer: [2*x*y, x^2]`: compared component by component.
    case vector
    /// `choices: yes | no | only for convex losses`; `answer:` is the right option's text.
    /// `correct` is its index in `options` as written (they are shuffled per student).
    case choice(options: [String], correct: Int)
    /// `answer: lr > 1/8`, `answer: 0.1..0.2`: any number in the set is right.
    case interval(IntervalAnswer)
}

/// A set of numbers: `lower < x`, `x <= upper`, or `lower..upper` (closed).
/// The bounds are expressions of the constants, kept as text until the constants are drawn.
public struct IntervalAnswer: Sendable, Equatable {
    public var lower: String?
    public var lowerClosed: Bool
    public var upper: String?
    public var upperClosed: Bool

    public init(lower: String?, lowerClosed: Bool, upper: String?, upperClosed: Bool) {
        self.lower = lower
        self.lowerClosed = lowerClosed
        self.upper = upper
        self.upperClosed = upperClosed
    }
}

import Language

/// An exercise with its constants drawn for one student: the question to show and the
/// expression to expect.
///
/// The draw depends on the seed, the lesson and the exercise's number only, so a student
/// sees the same numbers on every run and a neighbour with another seed sees others.
public struct ExerciseInstance: Sendable {
    public let exercise: Exercise
    /// The drawn value of each constant.
    public let constants: [String: Double]

    public init(exercise: Exercise, lessonID: String, seed: UInt64) {
        self.exercise = exercise
        var generator = SeededGenerator(seed: seed, purpose: "\(lessonID)#\(exercise.number)")
        var values: [String: Double] = [:]
        for rule in exercise.constants { values[rule.name] = rule.draw(&generator) }
        constants = values
    }

    /// The question with `{…}` filled in.
    public var question: String { fill(exercise.question) }

    /// The hints with `{…}` filled in.
    public var hints: [String] { exercise.hints.map(fill) }

    /// The expected answer with the constants put in, as an expression.
    public var expected: Expr {
        guard case .success(let expr) = AnswerReader.read(exercise.answer) else { return .zero }
        return substituted(expr)
    }

    /// `expr` with each constant replaced by its value.
    func substituted(_ expr: Expr) -> Expr {
        expr.substituting(constants.mapValues(Self.number))
    }

    /// Replaces each `{expression}` in `text` by its value under the drawn constants,
    /// printed in Unicode: `{2*a}` becomes `6` when a = 3, `{a}·x²` becomes `3·x²`.
    public func fill(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let inner = String(rest[rest.index(after: open)..<close])
            if case .success(let expr) = AnswerReader.read(inner) {
                result += Printer(style: .unicode).string(substituted(expr).simplified())
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Whole numbers stay exact (`3`, not `3.0`), so `{a}x` prints as `3x`.
    static func number(_ value: Double) -> Expr {
        if value == value.rounded(), abs(value) < 1e15 { return .integer(Int(value)) }
        return .real(value)
    }
}

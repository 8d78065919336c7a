import Language

/// An exercise with its constants drawn for one student: the question to show and the
/// answer to expect.
///
/// The draw depends on the seed, the lesson and the exercise's id only, so a student sees
/// the same numbers on every run, a neighbour with another seed sees others, and a teacher
/// re-marking a log draws the same numbers again. Lesson-level constants are drawn once per
/// lesson, so every exercise of the file shares them.
public struct ExerciseInstance: Sendable {
    public let exercise: Exercise
    /// The drawn value of each constant, the lesson's and the exercise's.
    public let constants: [String: Double]
    /// The options of a choice in the order this student sees them (indices into the written order).
    public let choiceOrder: [Int]

    public init(exercise: Exercise, lessonID: String, seed: UInt64, shared: [ConstantRule] = []) {
        self.exercise = exercise
        var values = Self.lessonConstants(shared, lessonID: lessonID, seed: seed)
        var generator = SeededGenerator(seed: seed, purpose: "\(lessonID)#\(exercise.id)")
        for rule in exercise.constants { values[rule.name] = rule.draw(&generator) }
        constants = values
        if case .choice(let options, _) = exercise.kind {
            var shuffler = SeededGenerator(seed: seed, purpose: "\(lessonID)#\(exercise.id)#choices")
            choiceOrder = Array(options.indices).shuffled(using: &shuffler)
        } else {
            choiceOrder = []
        }
    }

    /// The lesson-level constants drawn for one student: the same for every exercise.
    public static func lessonConstants(_ rules: [ConstantRule], lessonID: String, seed: UInt64) -> [String: Double] {
        var generator = SeededGenerator(seed: seed, purpose: "\(lessonID)#constants")
        var values: [String: Double] = [:]
        for rule in rules { values[rule.name] = rule.draw(&generator) }
        return values
    }

    /// The question with `{…}` filled in, and for a choice the options lettered a), b) ….
    public var question: String {
        let text = fill(exercise.question)
        guard case .choice(let options, _) = exercise.kind else { return text }
        let lines = choiceOrder.enumerated().map { "  \(Self.letter($0.offset))) \(fill(options[$0.element]))" }
        return ([text] + lines).joined(separator: "\n")
    }

    /// `a`, `b`, … for the options as shown.
    static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(97 + index % 26)))
    }

    /// The hints with `{…}` filled in.
    public var hints: [String] { exercise.hints.map(fill) }

    /// The worked reasoning with `{…}` filled in, if the exercise has one.
    public var solution: String? { exercise.solution.map(fill) }

    /// What revealing the answer shows: the answer, then the reasoning when there is one.
    public var revelation: [String] {
        ["The answer is \(revealed)."] + (solution.map { ["Why: " + $0] } ?? [])
    }

    /// The expected answer with the constants put in, one expression per component
    /// (one for an expression or a number). Empty for choices and intervals.
    public var expectedComponents: [Expr] {
        switch exercise.kind {
        case .expression, .vector:
            guard case .success(let exprs) = AnswerReader.components(exercise.answer) else { return [] }
            return exprs.map(substituted)
        case .choice, .interval:
            return []
        }
    }

    /// The expected answer as one expression, for messages and the single-valued case.
    public var expected: Expr { expectedComponents.first ?? .zero }

    /// The answer to show when it is revealed: `2x`, `[2xy, x²]`, `b) no`, `any number above 0.125`.
    public var revealed: String {
        let printer = Printer(style: .unicode)
        switch exercise.kind {
        case .expression:
            return printer.string(expected)
        case .vector:
            return "[" + expectedComponents.map { printer.string($0) }.joined(separator: ", ") + "]"
        case .choice(let options, let correct):
            let shown = choiceOrder.firstIndex(of: correct) ?? 0
            return "\(Self.letter(shown))) \(fill(options[correct]))"
        case .interval:
            return bounds.map(\.description) ?? exercise.answer
        }
    }

    /// The interval's bounds with the constants put in.
    public var bounds: NumberSet? {
        guard case .interval(let interval) = exercise.kind else { return nil }
        func value(_ text: String?) -> Double? {
            guard let text, case .success(let expr) = AnswerReader.read(text) else { return nil }
            return try? substituted(expr).evaluate()
        }
        return NumberSet(lower: value(interval.lower), lowerClosed: interval.lowerClosed,
                         upper: value(interval.upper), upperClosed: interval.upperClosed)
    }

    /// `expr` with each constant replaced by its value.
    func substituted(_ expr: Expr) -> Expr {
        expr.substituting(constants.mapValues(Self.number))
    }

    /// Replaces each `{expression}` in `text` by its value under the drawn constants,
    /// printed in Unicode: `{2*a}` becomes `6` when a = 3, `{a}·x²` becomes `3·x²`.
    public func fill(_ text: String) -> String {
        Self.fill(text, constants: constants)
    }

    /// `text` with each `{expression}` of `constants` worked out; anything else in braces is kept.
    public static func fill(_ text: String, constants: [String: Double]) -> String {
        let values = constants.mapValues(number)
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let inner = String(rest[rest.index(after: open)..<close])
            if case .success(let expr) = AnswerReader.read(inner) {
                result += Printer(style: .unicode).string(expr.substituting(values).simplified())
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

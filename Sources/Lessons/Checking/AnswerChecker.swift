import Foundation
import Language

/// Decides whether an answer is right, and if not, says something specific about it.
///
/// Expressions are compared by value at sample points: a few round points (0.5, 1, −0.5 …)
/// and a few seeded random ones, drawn from each variable's domain (−2..2 unless the exercise
/// says otherwise). Points where the expected answer is undefined are skipped; a point where
/// only the student's form is undefined counts as agreeing when the two agree on a small
/// neighbourhood around it, so removable singularities (`(x²−1)/(x−1)` for `x + 1`) are equal.
/// Values are compared by ``Comparison``; a bare decimal is also right when it is the answer
/// correctly rounded to its significant figures (3 or more), unless the exercise is `exact`.
///
/// The answer is judged as typed: "read as" echoes the typed tree, `simplified` looks at it,
/// and a constant's letter or a lesson variable used instead of its value is refused, as is a
/// name the answer lacks; neither costs a try.
public struct AnswerChecker: Sendable {
    public let instance: ExerciseInstance
    private let seed: UInt64
    /// Numbers the lesson's session holds (`w0`, `lr`): typing one instead of computing is refused.
    private let lessonValues: [String: Double]

    /// How many points the two expressions are compared at.
    static let sampleCount = 9

    public init(instance: ExerciseInstance, seed: UInt64, lessonValues: [String: Double] = [:]) {
        self.instance = instance
        self.seed = seed
        self.lessonValues = lessonValues
    }

    private var exercise: Exercise { instance.exercise }

    public func check(_ text: String) -> Verdict {
        switch exercise.kind {
        case .choice(let options, let correct): return checkChoice(text, options: options, correct: correct)
        case .interval: return checkInterval(text)
        case .expression, .vector: return checkExpression(text)
        }
    }

    // MARK: Expressions and vectors

    private func checkExpression(_ text: String) -> Verdict {
        let syntax: Syntax
        switch AnswerReader.syntax(text) {
        case .failure(let diagnostic): return .unreadable(diagnostic.rendered(cell: text))
        case .success(let tree): syntax = tree
        }
        let typed = TypedAnswer(syntax: syntax)
        let readAs = SyntaxPrinter().string(syntax)
        let expected = instance.expectedComponents
        let variables = Set(expected.flatMap(\.freeSymbols))
        if let message = nameProblem(typed, variables: variables) { return .refused(readAs: readAs, message: message) }
        let answers: [Expr]
        switch AnswerReader.components(syntax) {
        case .failure(let diagnostic): return .unreadable(diagnostic.rendered(cell: text))
        case .success(let exprs): answers = exprs
        }
        if let message = shapeProblem(syntax, count: answers.count, expected: expected.count) {
            return .refused(readAs: readAs, message: message)
        }
        let answerVariables = Set(answers.flatMap(\.freeSymbols))
        let points = samplePoints(variables: variables.union(answerVariables).sorted(), expected: expected)
        if agrees(answers, expected, at: points) || isRounded(typed, answers, expected) {
            if exercise.simplified, let problem = simplificationProblem(syntax) {
                return .notSimplified(readAs: readAs + " (\(problem))")
            }
            return .correct(readAs: readAs)
        }
        if let feedback = likelyWrongAnswer(answers, over: variables.union(answerVariables)) {
            return .wrong(readAs: readAs, feedback: feedback)
        }
        if variables.isEmpty, answers.count == 1, expected.count == 1,
           let message = CalculusSlip.unevaluated(answers[0], expected: expected[0], question: instance.question,
                                                  comparison: comparison(expected[0], at: points)) {
            return .refused(readAs: readAs, message: message)
        }
        if let extra = answerVariables.subtracting(variables).sorted().first {
            let names = variables.sorted().joined(separator: ", ")
            let has = variables.isEmpty ? "is a number" : "uses only \(names)"
            return .refused(readAs: readAs, message: "Your answer uses \(extra), but the answer \(has).")
        }
        if let slip = calculusSlip(syntax, answers, expected, points) {
            return .wrong(readAs: readAs, feedback: slip)
        }
        return .wrong(readAs: readAs, feedback: feedback(answers, expected, points))
    }

    /// A recognised slip in the first component that differs (the only one for an
    /// expression), named with its component for a vector.
    private func calculusSlip(_ syntax: Syntax, _ answers: [Expr], _ expected: [Expr], _ points: [[String: Double]]) -> String? {
        guard answers.count == expected.count else { return nil }
        let parts: [Syntax] = if case .list(let elements, _) = syntax { elements } else { [syntax] }
        guard parts.count == answers.count,
              let index = answers.indices.first(where: { !agrees([answers[$0]], [expected[$0]], at: points) }),
              !isSignSlip(answers[index], expected[index], points),
              let slip = CalculusSlip(syntax: parts[index], answer: answers[index], expected: expected[index], points: points,
                                      comparison: comparison(expected[index], at: points)).feedback()
        else { return nil }
        return answers.count > 1 ? "Component \(index + 1): " + slip : slip
    }

    private func isSignSlip(_ answer: Expr, _ expected: Expr, _ points: [[String: Double]]) -> Bool {
        let rule = comparison(expected, at: points)
        return points.allSatisfy { rule.close(-((try? answer.evaluate($0)) ?? .nan), (try? expected.evaluate($0)) ?? .nan) }
    }

    /// A constant's letter or a lesson variable typed instead of its value, or a function
    /// written without brackets (`cos3x`).
    private func nameProblem(_ typed: TypedAnswer, variables: Set<String>) -> String? {
        for name in typed.names where !variables.contains(name) {
            if let value = instance.constants[name] ?? lessonValues[name] {
                return "Compute it: \(name) = \(Self.format(value, digits: 12)) here."
            }
            if let call = TypedAnswer.juxtaposedCall(name) {
                return "'\(name)' is not a name here: did you mean \(call)?"
            }
            if name.count > 1, name.allSatisfy({ variables.contains(String($0)) }) {
                let product = name.map(String.init).joined(separator: "*")
                return "'\(name)' reads as one name; for a product, type \(product)."
            }
        }
        return nil
    }

    private func shapeProblem(_ syntax: Syntax, count: Int, expected: Int) -> String? {
        let isList = if case .list = syntax { true } else { false }
        if exercise.kind == .vector {
            guard isList, count == expected else {
                return "The answer is a vector of \(expected) components: type them in brackets, [·, ·]."
            }
        } else if isList {
            return "The answer is a single expression, not a list."
        }
        return nil
    }

    private func comparison(_ expected: Expr, at points: [[String: Double]]) -> Comparison {
        let scale = points.compactMap { try? expected.evaluate($0) }.filter(\.isFinite).map(abs).max() ?? 0
        return Comparison(tolerance: tolerance(for: expected), scale: scale)
    }

    /// The exercise's tolerance; by default 1e-3 for a number, 1e-6 for an expression, and
    /// rounding error only for a whole number (a count such as 4160 is exact, 4161 is wrong).
    private func tolerance(for expected: Expr) -> Double {
        if exercise.exact { return Comparison.roundingError }
        if let tolerance = exercise.tolerance { return tolerance }
        guard expected.freeSymbols.isEmpty else { return Exercise.defaultExpressionTolerance }
        if let value = try? expected.evaluate(), value == value.rounded(), abs(value) < 9.0e15 { return Comparison.roundingError }
        return Exercise.defaultNumberTolerance
    }

    private func isRounded(_ typed: TypedAnswer, _ answers: [Expr], _ expected: [Expr]) -> Bool {
        guard !exercise.exact, let figures = typed.significantFigures, answers.count == 1, expected.count == 1,
              expected[0].freeSymbols.isEmpty,
              let value = try? answers[0].evaluate(), let target = try? expected[0].evaluate() else { return false }
        return Comparison.isRounding(value, of: target, figures: figures)
    }

    private func simplificationProblem(_ syntax: Syntax) -> String? {
        let typedParts: [Syntax] = if case .list(let elements, _) = syntax { elements } else { [syntax] }
        let teacherParts: [Syntax] = switch AnswerReader.syntax(exercise.answer) {
        case .success(.list(let elements, _)): elements
        case .success(let tree): [tree]
        case .failure: []
        }
        for (index, part) in typedParts.enumerated() {
            let expanded = index < teacherParts.count ? !TypedAnswer.hasUnexpanded(teacherParts[index]) : true
            if let problem = TypedAnswer(syntax: part).simplificationProblem(expectedIsExpanded: expanded) { return problem }
        }
        return nil
    }

    // MARK: Sampling

    private func samplePoints(variables: [String], expected: [Expr]) -> [[String: Double]] {
        var generator = SeededGenerator(seed: seed, purpose: "points:\(exercise.id)")
        let round: [Double] = [0.5, 1, -0.5, 1.5, 2, -1, 0.25, 3, -2]
        var points: [[String: Double]] = []
        var attempt = 0
        while points.count < Self.sampleCount, attempt < 200 {
            var point: [String: Double] = [:]
            for (offset, name) in variables.enumerated() {
                let domain = exercise.domain[name] ?? -2...2
                let candidates = round.filter { domain.contains($0) }
                let index = attempt + offset
                point[name] = attempt < 4 && index < candidates.count
                    ? candidates[index] : generator.uniform(in: domain)
            }
            attempt += 1
            if isException(point) { continue }
            if expected.allSatisfy({ ((try? $0.evaluate(point)) ?? .nan).isFinite }) { points.append(point) }
            if variables.isEmpty { break }
        }
        return points
    }

    /// Whether `point` lies on one of the exercise's `except:` points.
    private func isException(_ point: [String: Double]) -> Bool {
        exercise.exceptions.contains { name, values in
            guard let x = point[name] else { return false }
            return values.contains { abs($0 - x) <= 1e-9 * max(1, abs(x)) }
        }
    }

    private func agrees(_ answers: [Expr], _ expected: [Expr], at points: [[String: Double]]) -> Bool {
        guard answers.count == expected.count, !points.isEmpty else { return false }
        return zip(answers, expected).allSatisfy { answer, target in
            let rule = comparison(target, at: points)
            return points.allSatisfy { agrees(answer, target, at: $0, rule) }
        }
    }

    /// Agreement at one point; where only `answer` is undefined, agreement on both sides of it.
    private func agrees(_ answer: Expr, _ expected: Expr, at point: [String: Double], _ rule: Comparison) -> Bool {
        let value = (try? answer.evaluate(point)) ?? .nan
        let target = (try? expected.evaluate(point)) ?? .nan
        if rule.close(value, target) { return true }
        guard !value.isFinite, target.isFinite, !point.isEmpty else { return false }
        for (name, x) in point {
            let step = 1e-4 * max(1, abs(x))
            for neighbour in [x - step, x + step] {
                var near = point
                near[name] = neighbour
                let nearValue = (try? answer.evaluate(near)) ?? .nan
                let nearTarget = (try? expected.evaluate(near)) ?? .nan
                guard nearTarget.isFinite, Comparison(tolerance: rule.tolerance * 10, scale: abs(nearTarget)).close(nearValue, nearTarget)
                else { return false }
            }
        }
        return true
    }

    // MARK: Choices and intervals

    /// `c) the top of a hump`, an option copied with its letter: the letter's index and the text.
    private static func letteredOption(_ typed: String) -> (Int, String)? {
        let characters = Array(typed)
        guard characters.count > 3, characters[1] == ")", characters[2] == " ",
              let letter = characters[0].unicodeScalars.first, ("a"..."z").contains(Character(letter)) else { return nil }
        return (Int(letter.value) - 97, String(characters[3...]))
    }

    private func checkChoice(_ text: String, options: [String], correct: Int) -> Verdict {
        var typed = Self.normalized(text)
        if typed.count == 2, typed.hasSuffix(")") { typed.removeLast() }
        if typed.count == 3, typed.hasPrefix("("), typed.hasSuffix(")") { typed = String(typed.dropFirst().dropLast()) }
        let shown = instance.choiceOrder.map { Self.normalized(instance.fill(options[$0])) }
        var picked: Int?
        if typed.count == 1, let letter = typed.unicodeScalars.first, ("a"..."z").contains(Character(letter)) {
            let index = Int(letter.value) - 97
            if shown.indices.contains(index) { picked = index }
        }
        if picked == nil { picked = shown.firstIndex(of: typed) }
        if picked == nil, let (letter, option) = Self.letteredOption(typed),
           shown.indices.contains(letter), shown[letter] == option {
            picked = letter
        }
        if picked == nil, typed.count >= 3 {
            let containing = shown.indices.filter { shown[$0].contains(typed) }
            if containing.count == 1 { picked = containing[0] }
        }
        guard let index = picked else {
            let last = ExerciseInstance.letter(shown.count - 1)
            return .refused(readAs: text, message: "Type a letter, a to \(last), or the text of an option.")
        }
        let option = instance.choiceOrder[index]
        let readAs = "\(ExerciseInstance.letter(index))) \(instance.fill(options[option]))"
        if option == correct { return .correct(readAs: readAs) }
        let feedback = exercise.wrongAnswers.first { Self.normalized($0.answer) == Self.normalized(options[option]) }
            .map { instance.fill($0.feedback) }
        return .wrong(readAs: readAs, feedback: feedback ?? "Not that one.")
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func checkInterval(_ text: String) -> Verdict {
        let syntax: Syntax
        switch AnswerReader.syntax(text) {
        case .failure(let diagnostic): return .unreadable(diagnostic.rendered(cell: text))
        case .success(let tree): syntax = tree
        }
        let readAs = SyntaxPrinter().string(syntax)
        if let message = nameProblem(TypedAnswer(syntax: syntax), variables: []) { return .refused(readAs: readAs, message: message) }
        guard case .success(let expr) = AnswerReader.algebraic(syntax), let value = try? expr.evaluate(), value.isFinite else {
            return .refused(readAs: readAs, message: "The answer is a number: type one, such as 0.15.")
        }
        guard let set = instance.bounds else { return .wrong(readAs: readAs, feedback: "Not equivalent to the answer.") }
        if set.contains(value) { return .correct(readAs: readAs) }
        if let lower = set.lower, value <= lower { return .wrong(readAs: readAs, feedback: "\(Self.format(value, digits: 6)) is too small.") }
        return .wrong(readAs: readAs, feedback: "\(Self.format(value, digits: 6)) is too large.")
    }

    // MARK: Feedback

    /// The teacher's feedback for a listed wrong answer equal to `answers`, compared over `variables`.
    private func likelyWrongAnswer(_ answers: [Expr], over variables: Set<String>) -> String? {
        for wrong in exercise.wrongAnswers {
            guard case .success(let exprs) = AnswerReader.components(wrong.answer) else { continue }
            let candidate = exprs.map(instance.substituted)
            let names = variables.union(candidate.flatMap(\.freeSymbols)).sorted()
            if agrees(answers, candidate, at: samplePoints(variables: names, expected: candidate)) {
                return instance.fill(wrong.feedback)
            }
        }
        return nil
    }

    private func feedback(_ answers: [Expr], _ expected: [Expr], _ points: [[String: Double]]) -> String {
        guard answers.count > 1 else { return feedback(answers[0], expected[0], points) }
        for (index, (answer, target)) in zip(answers, expected).enumerated()
        where !agrees([answer], [target], at: points) {
            return "Component \(index + 1): " + feedback(answer, target, points)
        }
        return "Not equivalent to the answer."
    }

    private func feedback(_ answer: Expr, _ expected: Expr, _ points: [[String: Double]]) -> String {
        let rule = comparison(expected, at: points)
        let pairs = points.map { ((try? answer.evaluate($0)) ?? .nan, (try? expected.evaluate($0)) ?? .nan) }
        if pairs.allSatisfy({ rule.close(-$0.0, $0.1) }) {
            return "The sign is the wrong way round."
        }
        if expected.freeSymbols.isEmpty, answer.freeSymbols.isEmpty, let (yours, target) = pairs.first {
            if !yours.isFinite { return "Yours is \(Self.format(yours, digits: 4)): not a number." }
            let (shown, wanted) = Self.distinct(yours, target)
            // A near miss shows both numbers, with the digits that tell them apart; a far one
            // shows only the student's, so a guess does not reveal the answer.
            if Self.isNearMiss(yours, target) {
                return "Yours is \(shown), which is \(yours > target ? "larger" : "smaller") than \(wanted)."
            }
            return "Yours is \(shown), which is too \(yours > target ? "large" : "small")."
        }
        if let (yours, target) = pairs.first, target != 0, yours != 0 {
            let ratio = yours / target
            if pairs.allSatisfy({ rule.close($0.0, ratio * $0.1) }) {
                return "Yours is \(Self.format(ratio, digits: 4)) times the answer everywhere: check the constant factor."
            }
        }
        if let (yours, target) = pairs.first {
            let shift = yours - target
            if pairs.allSatisfy({ rule.close($0.0, $0.1 + shift) }) {
                return "Yours differs from the answer by the constant \(Self.format(shift, digits: 4)) everywhere."
            }
        }
        for (point, pair) in zip(points, pairs) where !rule.close(pair.0, pair.1) {
            let at = point.sorted { $0.key < $1.key }.map { "\($0.key) = \(Self.format($0.value, digits: 4))" }.joined(separator: ", ")
            let (yours, wanted) = Self.distinct(pair.0, pair.1)
            return "At \(at) yours is \(yours), expected \(wanted)."
        }
        return "Not equivalent to the answer."
    }

    /// Both numbers with just enough digits to tell them apart: `4.0001` and `4`, not `4` and `4`.
    /// Whether `yours` is within 1 % of a non-zero `target`: close enough that the digits matter.
    static func isNearMiss(_ yours: Double, _ target: Double) -> Bool {
        target != 0 && abs(yours - target) <= 0.01 * abs(target)
    }

    static func distinct(_ a: Double, _ b: Double) -> (String, String) {
        for digits in 4...17 {
            let pair = (format(a, digits: digits), format(b, digits: digits))
            if pair.0 != pair.1 { return pair }
        }
        return (format(a, digits: 17), format(b, digits: 17))
    }

    static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "undefined" : (value > 0 ? "∞" : "−∞") }
        return Printer(style: .unicode, digits: digits).string(.real(value))
    }
}

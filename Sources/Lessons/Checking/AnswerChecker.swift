import Foundation
import Language

/// Decides whether an answer is mathematically equivalent to the expected one, and if not,
/// says something specific about it.
///
/// Two expressions are taken as equivalent when they agree at every sample point:
/// a few round points (0.5, 1, −0.5 …) and a few seeded random ones, drawn from each
/// variable's domain (−2..2 unless the exercise says otherwise). Values agree when
/// `|yours − expected| ≤ tolerance · max(1, |expected|)`. Points where the expected
/// answer is undefined are not used.
public struct AnswerChecker: Sendable {
    public let instance: ExerciseInstance
    private let seed: UInt64
    private let printer = Printer(style: .unicode)

    /// How many points the two expressions are compared at.
    static let sampleCount = 9

    public init(instance: ExerciseInstance, seed: UInt64) {
        self.instance = instance
        self.seed = seed
    }

    public func check(_ text: String) -> Verdict {
        let answer: Expr
        switch AnswerReader.read(text) {
        case .failure(let diagnostic):
            return .unreadable(diagnostic.rendered(cell: text))
        case .success(let expr):
            answer = instance.substituted(expr)
        }
        let readAs = printer.string(answer)
        let expected = instance.expected
        let variables = Set(expected.freeSymbols)
        if let extra = answer.freeSymbols.first(where: { !variables.contains($0) }) {
            // A likely wrong answer may use a name the answer does not (lr where a number is due).
            if let feedback = likelyWrongAnswer(answer, over: variables.union(answer.freeSymbols)) {
                return .wrong(readAs: readAs, feedback: feedback)
            }
            let names = variables.sorted().joined(separator: ", ")
            let has = variables.isEmpty ? "is a number" : "uses only \(names)"
            return .wrong(readAs: readAs, feedback: "Your answer uses \(extra), but the answer \(has).")
        }
        let points = samplePoints(variables: variables.sorted(), expected: expected)
        if agrees(answer, expected, at: points) {
            if instance.exercise.simplified, isLonger(answer, than: expected) {
                return .notSimplified(readAs: readAs)
            }
            return .correct(readAs: readAs)
        }
        return .wrong(readAs: readAs, feedback: feedback(answer, expected, points))
    }

    // MARK: Sampling

    private func samplePoints(variables: [String], expected: Expr) -> [[String: Double]] {
        var generator = SeededGenerator(seed: seed, purpose: "points:\(instance.exercise.number)")
        let round: [Double] = [0.5, 1, -0.5, 1.5, 2, -1, 0.25, 3, -2]
        var points: [[String: Double]] = []
        var attempt = 0
        while points.count < Self.sampleCount, attempt < 200 {
            var point: [String: Double] = [:]
            for (offset, name) in variables.enumerated() {
                let domain = instance.exercise.domain[name] ?? -2...2
                let candidates = round.filter { domain.contains($0) }
                let index = attempt + offset
                point[name] = attempt < 4 && index < candidates.count
                    ? candidates[index] : generator.uniform(in: domain)
            }
            attempt += 1
            if let value = try? expected.evaluate(point), value.isFinite { points.append(point) }
            if variables.isEmpty { break }
        }
        return points
    }

    private func agrees(_ answer: Expr, _ expected: Expr, at points: [[String: Double]]) -> Bool {
        points.allSatisfy { close((try? answer.evaluate($0)) ?? .nan, (try? expected.evaluate($0)) ?? .nan) }
    }

    private func close(_ value: Double, _ target: Double) -> Bool {
        guard value.isFinite, target.isFinite else { return value == target }
        return abs(value - target) <= instance.exercise.tolerance * max(1, abs(target))
    }

    private func isLonger(_ answer: Expr, than expected: Expr) -> Bool {
        let size = { (expr: Expr) in Printer(style: .ascii).string(expr).count }
        return size(answer) > min(size(expected.simplified()), size(answer.simplified()))
    }

    // MARK: Feedback

    /// The teacher's feedback for a listed wrong answer equal to `answer`, compared over `variables`.
    private func likelyWrongAnswer(_ answer: Expr, over variables: Set<String>) -> String? {
        for wrong in instance.exercise.wrongAnswers {
            guard case .success(let expr) = AnswerReader.read(wrong.answer) else { continue }
            let candidate = instance.substituted(expr)
            let points = samplePoints(variables: variables.union(candidate.freeSymbols).sorted(), expected: candidate)
            if agrees(answer, candidate, at: points) { return instance.fill(wrong.feedback) }
        }
        return nil
    }

    private func feedback(_ answer: Expr, _ expected: Expr, _ points: [[String: Double]]) -> String {
        for wrong in instance.exercise.wrongAnswers {
            if case .success(let expr) = AnswerReader.read(wrong.answer),
               agrees(answer, instance.substituted(expr), at: points) {
                return instance.fill(wrong.feedback)
            }
        }
        let pairs = points.map { ((try? answer.evaluate($0)) ?? .nan, (try? expected.evaluate($0)) ?? .nan) }
        if pairs.allSatisfy({ close(-$0.0, $0.1) }) {
            return "The sign is the wrong way round."
        }
        if expected.freeSymbols.isEmpty, let (yours, target) = pairs.first {
            if !yours.isFinite { return "Yours is \(format(yours)): not a number." }
            return "Yours is \(format(yours)), which is too \(yours > target ? "large" : "small")."
        }
        if let (yours, target) = pairs.first, target != 0, yours != 0 {
            let ratio = yours / target
            if pairs.allSatisfy({ close($0.0, ratio * $0.1) }) {
                return "Yours is \(format(ratio)) times the answer everywhere: check the constant factor."
            }
        }
        if let (yours, target) = pairs.first {
            let shift = yours - target
            if pairs.allSatisfy({ close($0.0, $0.1 + shift) }) {
                return "Yours differs from the answer by the constant \(format(shift)) everywhere."
            }
        }
        for (point, pair) in zip(points, pairs) where !close(pair.0, pair.1) {
            let at = point.sorted { $0.key < $1.key }.map { "\($0.key) = \(format($0.value))" }.joined(separator: ", ")
            return "At \(at) yours is \(format(pair.0)), expected \(format(pair.1))."
        }
        return "Not equivalent to the answer."
    }

    private func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "undefined" : (value > 0 ? "∞" : "−∞") }
        return Printer(style: .unicode, digits: 4).string(.real(value))
    }
}

import Kernel
import Language

/// Validates a lesson for its teacher: it parses, every cell runs without error, every
/// exercise accepts its own answer and rejects a deliberately wrong one, and every `{…}`
/// names the constants.
///
/// Problems come back as ``LessonFileError``s, printed `FILE:LINE: message`.
public struct LessonChecker: Sendable {
    public var settings: Settings
    /// Seeds the exercises are tried with, so every draw of the constants is covered a little.
    public var seeds: [UInt64] = [1, 2, 3, 4, 5]

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    public func problems(in file: LessonFile) -> [LessonFileError] {
        let lesson: Lesson
        do throws(LessonFileError) {
            lesson = try file.lesson()
        } catch {
            return [error]
        }
        var problems: [LessonFileError] = []
        func report(_ line: Int, _ message: String) {
            problems.append(LessonFileError(file: file.name, line: line, message: message))
        }
        let session = Session(settings: settings)
        let lessonConstants = Set(lesson.constants.map(\.name))
        for step in lesson.steps {
            if let name = Self.unknownPlaceholder(in: step.prose, constants: lessonConstants, strict: false) {
                let line = file.lines.firstIndex { $0.contains("{\(name)}") }.map { $0 + 1 } ?? step.line
                report(line, "unknown placeholder {\(name)} in the prose; the lesson's constants: \(Self.list(lessonConstants))")
            }
            switch step.content {
            case .cells(let cells):
                for cell in cells {
                    let result = session.execute(cell.text)
                    if let command = result.command {
                        report(cell.line, "unknown command ':\(command.name)' in a lesson cell")
                    } else if result.failed, let output = result.output {
                        let message = TextRenderer(settings: settings).render(output)
                        report(cell.line, "cell fails: " + (message.split(separator: "\n").first.map(String.init) ?? message))
                    }
                    for message in Self.blankSeriesProblems(in: result.output) { report(cell.line, message) }
                }
            case .exercise(let exercise):
                for message in exerciseProblems(exercise, lesson: lesson) { report(exercise.line, message) }
            case .none:
                break
            }
        }
        return problems
    }

    /// Advice that does not fail the check: each exercise without a `solution:`, which a
    /// student who reveals or skips it would then meet without the reasoning.
    public func warnings(in file: LessonFile) -> [LessonFileError] {
        guard let lesson = try? file.lesson() else { return [] }
        return lesson.exercises.filter { $0.solution == nil }.map {
            LessonFileError(file: file.name, line: $0.line,
                            message: "warning: exercise \($0.number) has no 'solution:'; add the reasoning in two or three lines, shown when the answer is revealed")
        }
    }

    /// The first `{…}` in `text` that is not an expression of `constants`. In prose (`strict`
    /// false) braces around something that is not an expression, such as LaTeX, are left alone.
    static func unknownPlaceholder(in text: String, constants: Set<String>, strict: Bool) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inner = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            guard case .success(let syntax) = AnswerReader.syntax(inner) else {
                if strict { return inner }
                continue
            }
            if TypedAnswer(syntax: syntax).names.contains(where: { !constants.contains($0) }) { return inner }
        }
        return nil
    }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().joined(separator: ", ")
    }

    private func exerciseProblems(_ exercise: Exercise, lesson: Lesson) -> [String] {
        var messages: [String] = []
        let constants = Set((exercise.constants + lesson.constants).map(\.name))
        var texts = [exercise.question] + exercise.hints + exercise.wrongAnswers.map(\.feedback) + (exercise.solution.map { [$0] } ?? [])
        if case .choice(let options, _) = exercise.kind { texts += options }
        for text in texts {
            if let name = Self.unknownPlaceholder(in: text, constants: constants, strict: true) {
                messages.append("exercise \(exercise.number): unknown placeholder {\(name)}; its constants: \(Self.list(constants))")
                return messages
            }
        }
        for seed in seeds {
            let instance = ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: seed, shared: lesson.constants)
            let checker = AnswerChecker(instance: instance, seed: seed)
            let ascii = Printer(style: .ascii)
            switch exercise.kind {
            case .expression, .vector:
                let expected = instance.expectedComponents
                if !isDefinedSomewhere(expected, exercise: exercise, seed: seed) {
                    messages.append("exercise \(exercise.number): the answer '\(exercise.answer)' is undefined everywhere on its domain")
                    return messages
                }
                let own = Self.written(expected, vector: exercise.kind == .vector)
                let verdict = checker.check(own)
                if !verdict.isCorrect {
                    messages.append("exercise \(exercise.number): its own answer '\(exercise.answer)' is not accepted (seed \(seed)): \(verdict)")
                }
                let plusOne = Self.written(expected.map { $0 + .integer(1) }, vector: exercise.kind == .vector)
                if checker.check(plusOne).isCorrect {
                    messages.append("exercise \(exercise.number): a wrong answer, '\(plusOne)', is accepted (seed \(seed)); is the tolerance too loose?")
                }

            case .interval:
                guard let sample = instance.bounds?.sample else {
                    messages.append("exercise \(exercise.number): no number satisfies '\(exercise.answer)' (seed \(seed))")
                    break
                }
                if !checker.check(ascii.string(.real(sample))).isCorrect {
                    messages.append("exercise \(exercise.number): '\(exercise.answer)' does not accept \(sample) (seed \(seed))")
                }
            case .choice(let options, let correct):
                if !checker.check(options[correct]).isCorrect {
                    messages.append("exercise \(exercise.number): its own answer '\(exercise.answer)' is not accepted (seed \(seed))")
                }
            }
            if !messages.isEmpty { break }
        }
        return messages + alwaysRightWrongAnswers(exercise, lesson: lesson)
    }

    /// Wrong answers that are the right answer for every seed tried: a slip in the lesson.
    /// (One that coincides for some draws only, as `a + 0.9c` does when a = c, is harmless.)
    private func alwaysRightWrongAnswers(_ exercise: Exercise, lesson: Lesson) -> [String] {
        guard exercise.kind == .expression || exercise.kind == .vector else { return [] }
        return exercise.wrongAnswers.filter { wrong in
            guard case .success(let exprs) = AnswerReader.components(wrong.answer) else { return false }
            return seeds.allSatisfy { seed in
                let instance = ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: seed, shared: lesson.constants)
                let text = Self.written(exprs.map(instance.substituted), vector: exercise.kind == .vector)
                return AnswerChecker(instance: instance, seed: seed).check(text).isCorrect
            }
        }.map { "exercise \(exercise.number): the wrong answer '\($0.answer)' is equivalent to the answer" }
    }

    /// Whether the expected answer is defined at some point of its domain.
    private func isDefinedSomewhere(_ expected: [Expr], exercise: Exercise, seed: UInt64) -> Bool {
        let names = Set(expected.flatMap(\.freeSymbols)).sorted()
        var generator = SeededGenerator(seed: seed, purpose: "defined")
        for attempt in 0..<200 {
            var point: [String: Double] = [:]
            for name in names {
                let domain = exercise.domain[name] ?? -2...2
                point[name] = attempt == 0 ? (domain.lowerBound + domain.upperBound) / 2 : generator.uniform(in: domain)
            }
            if expected.allSatisfy({ ((try? $0.evaluate(point)) ?? .nan).isFinite }) { return true }
        }
        return false
    }

    /// Expressions in the input syntax, as a student would type them.
    static func written(_ exprs: [Expr], vector: Bool) -> String {
        let texts = exprs.map { Printer(style: .ascii).string($0) }
        return vector ? "[" + texts.joined(separator: ", ") + "]" : texts.joined()
    }
}

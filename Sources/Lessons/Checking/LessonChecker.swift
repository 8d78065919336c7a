import Kernel

/// Validates a lesson for its teacher: it parses, every cell runs without error, every
/// exercise accepts its own answer and rejects a deliberately wrong one.
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
        for step in lesson.steps {
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
                for message in exerciseProblems(exercise, lessonID: lesson.id) { report(exercise.line, message) }
            case .none:
                break
            }
        }
        return problems
    }

    private func exerciseProblems(_ exercise: Exercise, lessonID: String) -> [String] {
        var messages: [String] = []
        for seed in seeds {
            let instance = ExerciseInstance(exercise: exercise, lessonID: lessonID, seed: seed)
            let checker = AnswerChecker(instance: instance, seed: seed)
            let verdict = checker.check(exercise.answer)
            if !verdict.isCorrect {
                messages.append("exercise \(exercise.number): its own answer '\(exercise.answer)' is not accepted (seed \(seed)): \(verdict)")
            }
            if checker.check("(\(exercise.answer)) + 1").isCorrect {
                messages.append("exercise \(exercise.number): a wrong answer, '(\(exercise.answer)) + 1', is accepted (seed \(seed)); is the tolerance too loose?")
            }
            for wrong in exercise.wrongAnswers where checker.check(wrong.answer).isCorrect {
                messages.append("exercise \(exercise.number): the wrong answer '\(wrong.answer)' is equivalent to the answer (seed \(seed))")
            }
            for text in [exercise.question] + exercise.hints where instance.fill(text).contains("{") {
                messages.append("exercise \(exercise.number): '{…}' that is not an expression of the constants in: \(text)")
            }
            if !messages.isEmpty { break }
        }
        return messages
    }
}

import Kernel
import Language

/// What each line the student types does.
extension LessonPlayer {
    /// Handles one line: Enter, a command, an answer or the student's own cell.
    public mutating func handle(_ line: String) -> PlayerReply {
        let text = line.trimmingWhitespace()
        if record.step >= lesson.steps.count { return reply([.message("This chapter is finished.")], ended: true) }
        if text.hasPrefix(":") {
            let words = text.dropFirst().split(separator: " ", maxSplits: 1)
            return command(words.first.map(String.init) ?? "", words.count > 1 ? String(words[1]) : "")
        }
        if text.isEmpty { return enter() }
        if case .exercise = step.content, !record[exercise: exerciseNumber].isClosed, LessonPlayer.isAnswer(text) {
            return answer(text)
        }
        return reply(run(text))
    }

    /// During an exercise, mathematics is an answer (`3x^2 + 1`, `0.2`, and text that does not
    /// parse, which gets its error); an assignment, a definition or a call such as `plot(…)` or
    /// `diff(…)` is the student's own cell, run in the lesson's session.
    static func isAnswer(_ text: String) -> Bool {
        guard case .expression(let syntax) = try? Cell.parse(text) else {
            return (try? Cell.parse(text)) == nil
        }
        return (try? syntax.algebraic()) != nil
    }

    private mutating func enter() -> PlayerReply {
        switch step.content {
        case .cells where !ran:
            let blocks = runCells()  // before `reply`, whose prompt depends on `ran`
            return reply(blocks)
        case .exercise where !record[exercise: exerciseNumber].isClosed:
            return reply([.message("Type your answer (an expression or a number), or :hint, or :skip.")])
        default:
            return advance()
        }
    }

    private mutating func command(_ name: String, _ argument: String) -> PlayerReply {
        switch name {
        case "next":
            _ = runCellsIfNeeded()
            return advance()
        case "back":
            guard record.step > 0 else { return reply([.message("This is the first step.")]) }
            record.step -= 1
            ran = false
            return reply(show())
        case "hint":
            return hint()
        case "skip":
            guard let instance = currentExercise, !record[exercise: exerciseNumber].isClosed else {
                _ = runCellsIfNeeded()
                return advance()
            }
            record[exercise: exerciseNumber].outcome = .skipped
            return reply([.feedback("The answer is \(Printer(style: .unicode).string(instance.expected)).")])
        case "restart":
            session.reset()
            record = LessonRecord()
            record.steps = lesson.steps.count
            ran = false
            return reply([.message("Starting chapter \(chapter) again: the session is cleared.")] + show())
        case "quit":
            return reply([.message("Saved at step \(record.step + 1) of \(lesson.steps.count); `descent lesson \(chapter)` resumes here.")], ended: true)
        case "help" where argument.isEmpty:
            return reply([.message(Self.help)])
        default:
            return reply(run(":" + name + (argument.isEmpty ? "" : " " + argument)))
        }
    }

    static let help = """
    Enter        run the cell shown, then Enter again to go on
    any cell     runs in the lesson's session: its variables are yours to use
    :next        go on (running the cell first if it has not run)
    :back        show the previous step again
    :hint        a hint for the exercise
    :skip        show the exercise's answer and go on
    :restart     start the chapter again with a cleared session
    :quit        stop here; the next start resumes at this step
    :help NAME   describe a built-in function; :vars lists variables
    """

    private mutating func runCellsIfNeeded() -> [PlayerBlock] {
        if case .cells = step.content, !ran { return runCells() }
        return []
    }

    private mutating func hint() -> PlayerReply {
        guard let instance = currentExercise else {
            return reply([.message("Hints are for exercises; here, Enter runs the cell.")])
        }
        let seen = record[exercise: exerciseNumber].hintsSeen
        let hints = instance.hints
        guard seen < hints.count else {
            return reply([.message(hints.isEmpty ? "This exercise has no hints; :skip shows the answer." : "No more hints; :skip shows the answer.")])
        }
        record[exercise: exerciseNumber].hintsSeen = seen + 1
        return reply([.hint(hints[seen])])
    }

    /// How many tries an exercise allows before the answer is shown.
    public static let triesAllowed = 3

    private mutating func answer(_ text: String) -> PlayerReply {
        guard let instance = currentExercise else { return reply([]) }
        let verdict = AnswerChecker(instance: instance, seed: seed).check(text)
        var blocks: [PlayerBlock] = verdict.readAs.map { [.readAs($0)] } ?? []
        var exercise = record[exercise: exerciseNumber]
        if verdict.countsAsTry { exercise.tries += 1 }
        switch verdict {
        case .unreadable(let diagnostic):
            blocks.append(.feedback(diagnostic + "\n(not counted as a try)"))
        case .correct:
            exercise.outcome = .correct
            blocks.append(.feedback("✓ Correct."))
        case .notSimplified:
            blocks.append(.feedback("✗ Equal in value, but not simplified: expand, cancel and collect like terms."))
        case .wrong(_, let feedback):
            blocks.append(.feedback("✗ " + feedback))
        }
        if !verdict.isCorrect, verdict.countsAsTry {
            if exercise.tries >= Self.triesAllowed {
                exercise.outcome = .revealed
                blocks.append(.feedback("The answer is \(Printer(style: .unicode).string(instance.expected))."))
            } else {
                let left = Self.triesAllowed - exercise.tries
                blocks.append(.message("\(left) \(left == 1 ? "try" : "tries") left; :hint for a hint, :skip to see the answer."))
            }
        }
        record[exercise: exerciseNumber] = exercise
        return reply(blocks)
    }
}

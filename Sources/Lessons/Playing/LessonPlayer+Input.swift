import Kernel
import Language

/// What each line the student types does.
extension LessonPlayer {
    /// Handles one line: Enter, a command, an answer or the student's own cell.
    public mutating func handle(_ line: String) -> PlayerReply {
        let text = line.trimmingWhitespace()
        if record.finished { return reply([.message("This chapter is finished.")], ended: true) }
        if let (name, argument) = Cell.command(in: text) { return command(name, argument) }
        if text.isEmpty { return enter() }
        if isAnswering {
            switch LessonPlayer.classify(text) {
            case .answer: return answer(text)
            case .assignment: return reply([.message("This is an answer prompt, so nothing was assigned; to run it as a cell, type `:cell \(text)`.")])
            case .cell: return reply(cell(text))
            }
        }
        return reply(run(text))
    }

    /// What a line typed at an open exercise is.
    enum LineKind: Equatable {
        /// Mathematics, a list of it, or text that does not parse (which gets its error as an answer).
        case answer
        /// `w = 5.2` or `f(x) = x^2`: refused, since it would change the lesson's variables silently.
        case assignment
        /// A call such as `plot(…)` or `diff(…)`: run as the student's own cell.
        case cell
    }

    static func classify(_ text: String) -> LineKind {
        guard let cell = try? Cell.parse(text) else { return .answer }
        switch cell {
        case .assignment, .definition: return .assignment
        case .expression(let syntax):
            if case .success = AnswerReader.components(syntax) { return .answer }
            if case .list = syntax { return .answer }
            return .cell
        case .empty, .command: return .cell
        }
    }

    /// Runs the student's cell, unless exam mode turns off a function it calls.
    mutating func cell(_ text: String) -> [PlayerBlock] {
        if exam, isAnswering, let name = Self.examCall(in: text) {
            return [.message("Exam mode: \(name) is off during exercises. Work it out and type the answer.")]
        }
        return run(text)
    }

    /// The first exam-mode function `text` calls.
    static func examCall(in text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        return words.first { examFunctions.contains(String($0)) }.map(String.init)
    }

    private mutating func enter() -> PlayerReply {
        switch step.content {
        case .cells where !ran:
            let blocks = runCells()  // before `reply`, whose prompt depends on `ran`
            return reply(blocks)
        case .exercise where isAnswering:
            return reply([.message("Type your answer, or :hint, or :skip.")])
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
            move(to: record.step - 1)
            return reply(show())
        case "hint":
            return hint()
        case "skip":
            guard isAnswering else {
                _ = runCellsIfNeeded()
                return advance()
            }
            return skip()
        case "cell":
            guard !argument.isEmpty else { return reply([.message("usage: :cell CELL, such as :cell w = 5.2")]) }
            return reply(cell(argument))
        case "restart":
            session.reset()
            let next = record.attempt + 1
            record = LessonRecord()
            record.attempt = next
            ran = false
            pending.append(event(.restart))
            return reply([.message("Starting chapter \(chapter) again (attempt \(next)): the session is cleared; your earlier attempts stay in your record.")] + show())
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
                 (at an exercise, what you type is your answer; :cell w = 5 runs a cell there)
    :next        go on (running the cell first if it has not run)
    :back        show the previous step again
    :hint        a hint for the exercise
    :skip        show the exercise's answer and go on
    :restart     start the chapter again with a cleared session (earlier attempts are kept)
    :quit        stop here; the next start resumes at this step
    :help NAME   describe a built-in function; :vars lists variables
    """

    /// Closes the open exercise as skipped and shows its answer.
    mutating func skip() -> PlayerReply {
        guard let instance = currentExercise else { return reply([]) }
        record[exercise: exerciseID].outcome = .skipped
        var skipped = event(.skip)
        skipped.exercise = exerciseID
        pending.append(skipped)
        return reply(instance.revelation.map(PlayerBlock.feedback))
    }

    private mutating func runCellsIfNeeded() -> [PlayerBlock] {
        if case .cells = step.content, !ran { return runCells() }
        return []
    }

    mutating func hint() -> PlayerReply {
        guard let instance = currentExercise else {
            return reply([.message("Hints are for exercises; here, Enter runs the cell.")])
        }
        let seen = record[exercise: exerciseID].hintsSeen
        let hints = instance.hints
        guard seen < hints.count else {
            return reply([.message(hints.isEmpty ? "This exercise has no hints; \(commandFor.skip) shows the answer." : "No more hints; \(commandFor.skip) shows the answer.")])
        }
        record[exercise: exerciseID].hintsSeen = seen + 1
        var shown = event(.hint)
        shown.exercise = exerciseID
        shown.hints = seen + 1
        pending.append(shown)
        return reply([.hint(hints[seen])])
    }

    /// How many tries an exercise allows before the answer is shown.
    public static let triesAllowed = ExerciseRecord.triesAllowed

    mutating func answer(_ text: String) -> PlayerReply {
        guard let instance = currentExercise else { return reply([]) }
        let verdict = AnswerChecker(instance: instance, seed: seed, lessonValues: sessionNumbers).check(text)
        var logged = event(.answer)
        logged.exercise = exerciseID
        logged.question = instance.question
        logged.seed = String(seed)
        logged.constants = instance.constants.isEmpty ? nil : instance.constants
        logged.choices = instance.choiceOrder.isEmpty ? nil : instance.choiceOrder
        logged.answer = text
        logged.verdict = verdict.word
        logged.hints = record[exercise: exerciseID].hintsSeen
        pending.append(logged)
        var blocks: [PlayerBlock] = verdict.readAs.map { [.readAs($0)] } ?? []
        var exercise = record[exercise: exerciseID]
        exercise.mark(verdict)
        switch verdict {
        case .unreadable(let diagnostic):
            blocks.append(.feedback(diagnostic + "\n(not counted as a try)"))
        case .refused(_, let message):
            blocks.append(.feedback(message + " (not counted as a try)"))
        case .correct:
            blocks.append(.feedback("✓ Correct."))
        case .notSimplified:
            blocks.append(.feedback("✗ Equal in value, but not simplified: expand, cancel and collect like terms."))
        case .wrong(_, let feedback):
            blocks.append(.feedback("✗ " + feedback))
        }
        if !verdict.isCorrect, verdict.countsAsTry {
            if exercise.outcome == .revealed {
                blocks += instance.revelation.map(PlayerBlock.feedback)
            } else {
                let left = Self.triesAllowed - exercise.tries
                blocks.append(.message("\(left) \(left == 1 ? "try" : "tries") left; \(commandFor.hint) for a hint, \(commandFor.skip) to see the answer."))
            }
        }
        record[exercise: exerciseID] = exercise
        return reply(blocks)
    }
}

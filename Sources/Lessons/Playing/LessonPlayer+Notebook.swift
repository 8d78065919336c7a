import Language

/// Exercises answered from a chapter's notebook, where each cell names its exercise
/// (`:answer 3 2x`, `:hint 3`, `:skip 3`) instead of waiting at a step.
///
/// The answer goes through the same checker, feedback and tries as at the terminal's answer
/// prompt, and the same events go to the log: the player moves to the exercise's step
/// (a `step` event), then marks it. Once every exercise is closed the chapter is finished.
extension LessonPlayer {
    /// Opens the chapter for a notebook: logs the start (a finished chapter begins a new
    /// attempt, as at the terminal) without running or showing any step.
    public mutating func openForNotebook() -> PlayerReply {
        var blocks: [PlayerBlock] = []
        if record.finished {
            let next = record.attempt + 1
            blocks.append(.message("You finished this chapter before; your answers now count toward attempt \(next)."))
            record = LessonRecord()
            record.attempt = next
            pending.append(event(.restart))
        }
        pending.append(event(.start))
        let count = lesson.exercises.count
        let closed = lesson.exercises.count { record[exercise: $0.id].isClosed }
        let progress = closed == 0 ? "" : " \(closed) of them \(closed == 1 ? "is" : "are") done already."
        blocks.append(.message("Chapter \(chapter): \(lesson.title). It has \(count) exercise\(count == 1 ? "" : "s");"
            + " answer exercise K in a cell with `:answer K ANSWER` (also `:hint K`, `:skip K`).\(progress)"))
        return reply(blocks)
    }

    /// `:answer K ANSWER`: marks `text` as the answer to exercise `number`.
    public mutating func answer(exercise number: Int, _ text: String) -> PlayerReply {
        let text = text.trimmingWhitespace()
        if text.isEmpty, exerciseStep(number) != nil {
            return reply([.message("Exercise \(number): put your answer after `:answer \(number)` and run this cell again.")])
        }
        if let refusal = goToExercise(number) { return refusal }
        guard isAnswering else { return closedReply(number) }
        switch LessonPlayer.classify(text) {
        case .answer:
            return finishingIfDone(answer(text))
        case .assignment:
            return reply([.message("An answer is a value, so nothing was assigned; to set a variable, use a cell of its own.")])
        case .cell:
            return reply([.message("That is a calculation to run, not an answer: run it in a cell of its own, then put what it gives after `:answer \(number)` (not counted as a try).")])
        }
    }

    /// `:hint K`: the next hint of exercise `number`.
    public mutating func hint(exercise number: Int) -> PlayerReply {
        if let refusal = goToExercise(number) { return refusal }
        return hint()
    }

    /// `:skip K`: shows exercise `number`'s answer and closes it.
    public mutating func skip(exercise number: Int) -> PlayerReply {
        if let refusal = goToExercise(number) { return refusal }
        guard isAnswering else { return closedReply(number) }
        return finishingIfDone(skip())
    }

    /// Moves to the step of exercise `number`, or says why it cannot.
    private mutating func goToExercise(_ number: Int) -> PlayerReply? {
        commandFor = (":hint \(number)", ":skip \(number)")
        if record.finished {
            return reply([.message("Chapter \(chapter) is finished; run `:lesson \(chapter)` to start a new attempt.")])
        }
        guard let step = exerciseStep(number) else {
            let count = lesson.exercises.count
            return reply([.message(count == 0 ? "Chapter \(chapter) has no exercises."
                                   : "Chapter \(chapter) has exercises 1 to \(count); there is no exercise \(number).")])
        }
        if record.step != step { move(to: step) }
        return nil
    }

    /// The step that holds exercise `number`.
    private func exerciseStep(_ number: Int) -> Int? {
        lesson.steps.indices.first {
            if case .exercise(let exercise) = lesson.steps[$0].content { exercise.number == number } else { false }
        }
    }

    private func closedReply(_ number: Int) -> PlayerReply {
        let outcome = record[exercise: exerciseID]
        let how = switch outcome.outcome {
        case .correct: "you answered it correctly"
        case .revealed: "its answer was shown after \(ExerciseRecord.triesAllowed) tries"
        case .skipped, .open: "you skipped it"
        }
        return reply([.message("Exercise \(number) is closed: \(how). Answers to it are no longer marked.")])
    }

    /// The reply, with the end of the chapter added once every exercise is closed.
    private mutating func finishingIfDone(_ answered: PlayerReply) -> PlayerReply {
        guard !lesson.exercises.isEmpty, lesson.exercises.allSatisfy({ record[exercise: $0.id].isClosed }) else { return answered }
        record.finished = true
        pending.append(event(.finish))
        var done = answered
        let total = lesson.exercises.count
        done.blocks.append(.message("That was the last open exercise of chapter \(chapter): \(record.solved(in: lesson)) of \(total) solved."))
        return done
    }
}

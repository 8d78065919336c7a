import Kernel
import Language

/// Follows a lesson step by step: the state machine behind `descent lesson N` and the
/// REPL's `:lesson N`, with no terminal I/O.
///
/// A host calls ``start()`` once, shows the reply, then passes each line the student types
/// to ``handle(_:)`` and shows each reply, until one has `ended` set. After each reply
/// ``record`` holds the position and exercise outcomes to save.
///
/// Enter runs the step's cells, and Enter again goes on; any other line is the student's
/// own cell, run in the same session as the lesson's, or during an exercise, an answer.
/// Commands: `:next`, `:back`, `:hint`, `:skip`, `:restart`, `:quit`, plus the session's.
public struct LessonPlayer: Sendable {
    public let lesson: Lesson
    /// The chapter number shown in the status line.
    public let chapter: Int
    public let session: Session
    /// Seeds the exercises' constants and sample points.
    public let seed: UInt64
    /// Where the student is and how the exercises went: save it after each reply.
    public internal(set) var record: LessonRecord
    /// Whether the current step's cells have run.
    var ran = false

    /// The lesson commands, for `:help` and completion.
    public static let commands = ["next", "back", "hint", "skip", "restart", "quit"]

    public init(lesson: Lesson, chapter: Int, session: Session, seed: UInt64, record: LessonRecord = LessonRecord()) {
        self.lesson = lesson
        self.chapter = chapter
        self.session = session
        self.seed = seed
        self.record = record
    }

    /// Shows the step to resume at, after running the earlier cells quietly so their
    /// variables exist. A finished lesson starts again from the top.
    public mutating func start() -> PlayerReply {
        var blocks: [PlayerBlock] = []
        record.steps = lesson.steps.count
        if record.finished || record.step >= lesson.steps.count || record.step < 0 {
            if record.finished { blocks.append(.message("You finished this chapter before; starting again from the top.")) }
            record.step = 0
            record.finished = false
        } else if record.step > 0 {
            blocks.append(.message("Resuming at step \(record.step + 1) of \(lesson.steps.count)."))
        }
        for step in lesson.steps[..<record.step] {
            if case .cells(let cells) = step.content { for cell in cells { _ = session.execute(cell.text) } }
        }
        return reply(blocks + show())
    }

    /// The step the student is on, counted from 0.
    public var position: Int { record.step }

    var step: Step { lesson.steps[record.step] }

    /// The exercise of the current step with this student's constants, if it is one.
    public var currentExercise: ExerciseInstance? {
        guard case .exercise(let exercise) = step.content else { return nil }
        return ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: seed)
    }

    /// The prompt for the next line.
    public var prompt: String {
        switch step.content {
        case .cells: return ran ? "[⏎ next] » " : "[⏎ run] » "
        case .exercise: return record[exercise: exerciseNumber].isClosed ? "[⏎ next] » " : "answer » "
        case .none: return "[⏎ next] » "
        }
    }

    var exerciseNumber: Int {
        if case .exercise(let exercise) = step.content { return exercise.number }
        return 0
    }

    /// The status line, prose and content of the current step.
    func show() -> [PlayerBlock] {
        var blocks: [PlayerBlock] = [.status("Chapter \(chapter) · \(lesson.title) · step \(record.step + 1) of \(lesson.steps.count)")]
        if !step.prose.isEmpty {
            blocks.append(.prose(ProseWrapper(width: session.settings.width, styled: session.settings.color).wrap(step.prose)))
        }
        switch step.content {
        case .cells(let cells):
            blocks += cells.map { .cell($0.text) }
        case .exercise:
            if let instance = currentExercise { blocks.append(.question(instance.question)) }
            if record[exercise: exerciseNumber].isClosed { blocks.append(.message("(already answered)")) }
        case .none:
            break
        }
        return blocks
    }

    func reply(_ blocks: [PlayerBlock], ended: Bool = false) -> PlayerReply {
        PlayerReply(blocks: blocks, prompt: ended ? "" : prompt, ended: ended)
    }

    /// Runs the current step's cells and returns what they showed.
    mutating func runCells() -> [PlayerBlock] {
        guard case .cells(let cells) = step.content else { return [] }
        ran = true
        return cells.flatMap { run($0.text) }
    }

    /// Runs one cell, the lesson's or the student's, in the shared session.
    func run(_ text: String) -> [PlayerBlock] {
        let result = session.execute(text)
        if let command = result.command {
            let known = Session.commandNames + Self.commands
            let hint = Suggestion.nearest(to: command.name, among: known).map { " (did you mean ':\($0)'?)" } ?? ""
            return [.message("unknown command ':\(command.name)'\(hint); :help lists the commands")]
        }
        guard let output = result.output else { return [] }
        return [.output(output, failed: result.failed)]
    }

    /// Moves to the next step, or ends the chapter after the last.
    mutating func advance() -> PlayerReply {
        guard record.step + 1 < lesson.steps.count else {
            record.finished = true
            record.step = lesson.steps.count
            let total = lesson.exercises.count
            return PlayerReply(blocks: [
                .status("End of chapter \(chapter) · \(lesson.title)"),
                .message("Exercises solved: \(record.solved) of \(total). `descent lessons` lists the chapters."),
            ], prompt: "", ended: true)
        }
        record.step += 1
        ran = false
        return reply(show())
    }
}

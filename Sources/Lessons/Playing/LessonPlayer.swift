import Kernel
import Language

/// Follows a lesson step by step: the state machine behind `descent lesson N` and the
/// REPL's `:lesson N`, with no terminal I/O.
///
/// A host calls ``start()`` once, shows the reply, then passes each line the student types
/// to ``handle(_:)`` and shows each reply, until one has `ended` set. After each reply the
/// host appends ``takeEvents()`` to the student's attempt log; ``record`` is the state those
/// events describe.
///
/// Enter runs the step's cells, and Enter again goes on; any other line is the student's
/// own cell, run in the same session as the lesson's, or during an exercise, an answer.
/// Commands: `:next`, `:back`, `:hint`, `:skip`, `:cell`, `:restart`, `:quit`, plus the session's.
public struct LessonPlayer: Sendable {
    public let lesson: Lesson
    /// The chapter number shown in the status line.
    public let chapter: Int
    public let session: Session
    /// Seeds the exercises' constants and sample points.
    public let seed: UInt64
    /// Whether diff, grad, hessian, taylor, simplify and eval are off during exercises.
    public let exam: Bool
    /// Where the student is and how the exercises went in the current attempt.
    public internal(set) var record: LessonRecord
    /// Whether the current step's cells have run.
    var ran = false
    /// Events not yet handed to the host.
    var pending: [AttemptEvent] = []
    /// How feedback names the hint and skip commands: `:hint` at the terminal's answer
    /// prompt, `:hint 3` in a notebook, where each cell names its exercise.
    var commandFor = (hint: ":hint", skip: ":skip")

    /// The lesson's own commands, a second table beside ``Session/commands`` that the player
    /// carries out itself (its `:quit` leaves the lesson); used for completion and suggestions.
    public static let commands = CommandRegistry([
        Command("next", summary: "go on (running the cell first if it has not run)", effect: .frontEnd),
        Command("back", summary: "show the previous step again", effect: .frontEnd),
        Command("hint", summary: "a hint for the exercise", effect: .frontEnd),
        Command("skip", summary: "show the exercise's answer and go on", effect: .frontEnd),
        Command("cell", arguments: "CELL", summary: "run a cell at an exercise, such as :cell w = 5", effect: .frontEnd),
        Command("restart", summary: "start the chapter again with a cleared session (earlier attempts are kept)", effect: .frontEnd),
        Command("quit", summary: "stop here; the next start resumes at this step", effect: .frontEnd),
    ])

    /// The functions exam mode turns off during exercises.
    public static let examFunctions: Set<String> = ["diff", "grad", "hessian", "taylor", "simplify", "eval"]

    public init(lesson: Lesson, chapter: Int, session: Session, seed: UInt64, record: LessonRecord = LessonRecord(),
                exam: Bool = false) {
        self.lesson = lesson
        self.chapter = chapter
        self.session = session
        self.seed = seed
        self.record = record
        self.exam = exam || lesson.exam
    }

    /// The events since the last call, for the host to append to the log.
    public mutating func takeEvents() -> [AttemptEvent] {
        defer { pending = [] }
        return pending
    }

    func event(_ kind: AttemptEvent.Kind) -> AttemptEvent {
        AttemptEvent(lesson: lesson.id, file: lesson.file, event: kind, attempt: record.attempt)
    }

    /// Shows the step to resume at, after running the earlier cells quietly so their
    /// variables exist. A finished lesson starts again from the top as a new attempt.
    public mutating func start() -> PlayerReply {
        var blocks: [PlayerBlock] = []
        if record.finished || !lesson.steps.indices.contains(record.step) {
            if record.finished {
                blocks.append(.message("You finished this chapter before; starting again from the top (attempt \(record.attempt + 1))."))
                let next = record.attempt + 1
                record = LessonRecord()
                record.attempt = next
                pending.append(event(.restart))
            } else {
                record.step = 0
            }
        } else if record.step > 0 {
            blocks.append(.message("Resuming at step \(record.step + 1) of \(lesson.steps.count)."))
        }
        if exam { blocks.append(.message("Exam mode: diff, grad, hessian, taylor, simplify and eval are off during exercises.")) }
        pending.append(event(.start))
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
        return ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: seed, shared: lesson.constants)
    }

    /// Whether the student is at an exercise that is still open: lines are answers.
    public var isAnswering: Bool {
        guard lesson.steps.indices.contains(record.step), case .exercise(let exercise) = step.content else { return false }
        return !record[exercise: exercise.id].isClosed
    }

    /// The prompt for the next line.
    public var prompt: String {
        switch step.content {
        case .cells: return ran ? "[⏎ next] » " : "[⏎ run] » "
        case .exercise: return isAnswering ? "answer » " : "[⏎ next] » "
        case .none: return "[⏎ next] » "
        }
    }

    var exerciseID: String {
        if case .exercise(let exercise) = step.content { return exercise.id }
        return ""
    }

    /// The status line, prose and content of the current step.
    func show() -> [PlayerBlock] {
        var blocks: [PlayerBlock] = [.status("Chapter \(chapter) · \(lesson.title) · step \(record.step + 1) of \(lesson.steps.count)")]
        if !step.prose.isEmpty {
            let prose = lesson.constants.isEmpty ? step.prose
                : ExerciseInstance.fill(step.prose, constants: ExerciseInstance.lessonConstants(lesson.constants, lessonID: lesson.id, seed: seed))
            blocks.append(.prose(ProseWrapper(width: session.settings.width, styled: session.settings.color).wrap(prose)))
        }
        switch step.content {
        case .cells(let cells):
            blocks += cells.map { .cell($0.text) }
        case .exercise:
            if let instance = currentExercise { blocks.append(.question(instance.question)) }
            if record[exercise: exerciseID].isClosed { blocks.append(.message("(already answered)")) }
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
            if Session.commands[command.name] != nil {
                return [.message(":\(command.name) is not available inside a lesson; :quit leaves the lesson first")]
            }
            let known = Self.commands.adding(CommandRegistry(Session.commands.commands.filter { !$0.isFrontEnd }))
            return [.message(known.unknown(command.name) + "; :help lists the commands")]
        }
        guard let output = result.output else { return [] }
        return [.output(output, failed: result.failed)]
    }

    /// Moves to `step`, logging the move.
    mutating func move(to step: Int) {
        record.step = step
        ran = false
        var moved = event(.step)
        moved.step = step
        pending.append(moved)
    }

    /// Moves to the next step, or ends the chapter after the last.
    mutating func advance() -> PlayerReply {
        guard record.step + 1 < lesson.steps.count else {
            record.finished = true
            pending.append(event(.finish))
            let total = lesson.exercises.count
            return PlayerReply(blocks: [
                .status("End of chapter \(chapter) · \(lesson.title)"),
                .message("Exercises solved: \(record.solved(in: lesson)) of \(total). `descent lessons` lists the chapters."),
            ], prompt: "", ended: true)
        }
        move(to: record.step + 1)
        return reply(show())
    }

    /// The numbers the session holds, which an answer must not name instead of computing.
    var sessionNumbers: [String: Double] {
        var values: [String: Double] = [:]
        for (name, value) in session.variables {
            switch value {
            case .number(let number): values[name] = number
            case .expression(let expr) where expr.freeSymbols.isEmpty: values[name] = try? expr.evaluate()
            default: break
            }
        }
        return values
    }
}

import Foundation
import Kernel
import Language
import Lessons

/// The interactive notebook on a terminal: numbered `In [n]:` prompts read with GNU
/// readline, results under `Out[n]:`, history kept across sessions, Tab completion,
/// Ctrl-C that stops a computation and keeps the session.
///
/// A class: it owns the process's readline state and signal handlers while it runs.
public final class REPL {
    /// What the launcher decides: the version for the banner, the lessons on offer,
    /// whether `--width` fixed the width, where the history lives.
    public struct Options: Sendable {
        public var version: String
        /// The lessons on offer and the student's record; nil when there are none.
        public var lessons: LessonSetup?
        /// A chapter to open at once, as `descent lesson N` does on a terminal.
        public var openingChapter: Int?
        /// `--width` was given: resizing the window leaves the width alone.
        public var widthIsFixed: Bool
        public var historyPath: String?
        public var historyLimit: Int

        public init(
            version: String, lessons: LessonSetup? = nil, openingChapter: Int? = nil, widthIsFixed: Bool = false,
            historyPath: String? = History.defaultPath(), historyLimit: Int = 1000
        ) {
            self.version = version
            self.lessons = lessons
            self.openingChapter = openingChapter
            self.widthIsFixed = widthIsFixed
            self.historyPath = historyPath
            self.historyLimit = historyLimit
        }
    }

    let session: Session
    let options: Options
    var history: History
    var transcript = Transcript()
    var widthIsFixed: Bool
    let signals = TerminalSignals()
    let progress = Handoff<Kernel.Progress>()
    let lessons: LessonHost?
    private var editor: LineEditor?
    /// Cells of a multi-line paste still to run, each as its own `In [n]`.
    private var pastedCells: [String] = []

    public init(session: Session, options: Options) {
        self.session = session
        self.options = options
        self.widthIsFixed = options.widthIsFixed
        self.history = History(path: options.historyPath, limit: options.historyLimit)
        self.lessons = options.lessons.map(LessonHost.init(setup:))
    }

    var palette: Palette { Palette(isEnabled: session.settings.color) }

    var allCommandNames: [String] { Session.commands.names }

    /// Runs until `:quit` or Ctrl-D; returns the process exit status.
    public func run() -> Int32 {
        signals.install()
        defer { signals.restore() }
        let progress = self.progress
        session.progress = { progress.put($0) }
        let editor = LineEditor(
            signals: signals, historyLimit: options.historyLimit,
            vocabulary: { [unowned self] in vocabulary },
            onResize: { [unowned self] in adoptTerminalWidth() })
        self.editor = editor
        for line in history.entries { editor.remember(line) }
        write(Banner(version: options.version, palette: palette).text + "\n\n")
        if let chapter = options.openingChapter {
            write(openLesson(String(chapter)) + "\n")
        }
        while true {
            guard let cell = readCell(editor) else {
                write("\n")
                return 0
            }
            if perform(cell) == .quit { return 0 }
        }
    }

    enum Next { case proceed, quit }

    /// Reads a whole cell, with `...:` lines while a bracket is open or a line ends in `\`.
    /// Returns nil at Ctrl-D, "" when Ctrl-C abandoned the cell.
    private func readCell(_ editor: LineEditor) -> String? {
        let prompt = Prompt(number: session.executionCount + 1, palette: palette, lessonPrompt: lessons?.prompt)
        if !pastedCells.isEmpty {
            let cell = pastedCells.removeFirst()
            write((lessons?.isActive == true ? "" : prompt.echo) + TerminalText.escaped(cell) + "\n")
            return record(cell)
        }
        var pending: String?
        while true {
            switch editor.read(prompt: pending == nil ? prompt.input : prompt.continuation) {
            case .endOfInput:
                guard let pending else { return nil }
                write("\n")
                return record(pending)
            case .interrupted:
                if lessons?.isActive == true {
                    pending = nil
                    write(palette.paint("(Ctrl-C: nothing was run; :quit leaves the lesson)", .dim) + "\n")
                    continue
                }
                return ""
            case .line(let line) where line.contains(where: \.isNewline):
                pastedCells = Paste.cells(in: (pending.map { $0 + "\n" } ?? "") + line)
                write(Paste.erasure(of: line, after: prompt, columns: TerminalSize.columns() ?? 80))
                return readCell(editor)
            case .line(let line):
                let joined = pending.map { $0 + ($0.isEmpty || $0.hasSuffix(" ") ? "" : " ") + line } ?? line
                switch CellReader.continuation(of: joined) {
                case .complete: return record(joined)
                case .backslash: pending = String(joined.dropLast())
                case .openBracket where lessons?.isAnswering == true: return record(joined)
                case .openBracket: pending = joined
                }
            }
        }
    }

    private func record(_ cell: String) -> String {
        if history.record(cell) { editor?.remember(cell) }
        return cell
    }

    /// Runs a cell or a command and shows what it gave.
    func perform(_ cell: String) -> Next {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        if let lessons, lessons.isActive {
            stepLesson(lessons, trimmed)
            // `descent lesson N` is the lesson: its `:quit` leaves descent, not only the lesson.
            return options.openingChapter != nil && !lessons.isActive && trimmed == ":quit" ? .quit : .proceed
        }
        if trimmed.isEmpty { return .proceed }
        if (trimmed == "quit" || trimmed == "exit"), session.variables[trimmed] == nil { return .quit }
        if let (name, argument) = Cell.command(in: trimmed), Session.commands[name]?.isFrontEnd == true {
            let next = runCommand(name, argument)
            write("\n")
            return next
        }
        let outcome = compute(cell)
        show(outcome.result, cell: trimmed)
        if outcome.interrupted { pastedCells.removeAll() }
        if outcome.interrupted, outcome.result.output == nil {
            write(palette.paint("interrupted (Ctrl-C): what it computed so far is kept", .dim) + "\n")
        }
        write("\n")
        return .proceed
    }

    /// Runs a cell through the session, keeping the transcript and the width up to date.
    func compute(_ cell: String) -> Computation.Outcome {
        let computation = Computation(
            session: session, signals: signals, progress: progress, showsProgress: isatty(STDOUT_FILENO) == 1)
        let outcome = computation.run(cell)
        let result = outcome.result
        if let number = result.number, !result.failed {
            transcript.recordCell(cell, number: number)
        }
        if result.command == nil, result.number == nil, !result.failed {
            noteCommand(cell.trimmingCharacters(in: .whitespaces))
        }
        if outcome.resized { adoptTerminalWidth() }
        return outcome
    }

    /// Keeps the transcript in step with the session's own commands.
    private func noteCommand(_ text: String) {
        let words = text.split(separator: " ")
        switch words.first {
        case ":reset": transcript.reset()
        case ":set" where words.count > 1:
            transcript.recordSetting(text)
            if words[1] == "width" { widthIsFixed = true }
        default: break
        }
    }

    /// Shows a result: `Out[n]:` and the value, an error in red, a message as it is.
    func show(_ result: CellResult, cell: String) {
        if let command = result.command {
            let message = TerminalText.escaped(Session.commands.unknown(command.name))
            var text = StyledText("error:", style: .error)
            text.append(" \(message)\n")
            text.append("hint: :help lists the commands", .hint)
            write(palette.paint(text) + "\n")
            return
        }
        guard let output = result.output else { return }
        let renderer = TextRenderer(settings: session.settings)
        if result.failed {
            write(palette.paint(renderer.styled(output)) + "\n")
            return
        }
        if let number = result.number, !output.isPrinted {
            let painted = palette.paint(renderer.styled(output))
            writeInterruptibly(Prompt(number: number, palette: palette).output(painted) + "\n")
        } else {
            writeInterruptibly(renderer.render(output) + "\n")
        }
    }

    /// Writes a result in blocks, stopping at Ctrl-C between blocks: a long result on a slow
    /// terminal must not hold the session hostage.
    private func writeInterruptibly(_ text: String) {
        let block = 1 << 14
        var rest = Substring(text)
        while !rest.isEmpty {
            let piece = rest.utf8.count > block ? rest.prefix(block) : rest
            write(String(piece))
            rest = rest.dropFirst(piece.count)
            guard !rest.isEmpty else { return }
            let events = signals.wait(for: nil, timeout: 0).events
            if events.contains(.resize) { adoptTerminalWidth() }
            if events.contains(.interrupt) {
                write("\n" + palette.paint("output stopped (Ctrl-C)", .dim) + "\n")
                return
            }
        }
    }

    private var vocabulary: Completion.Vocabulary {
        Completion.Vocabulary(
            builtins: Session.builtinNames, functions: Array(session.functions.keys),
            variables: Array(session.variables.keys), commands: allCommandNames + (lessons?.isActive == true ? LessonPlayer.commands.names : []),
            lessons: lessons?.names ?? [])
    }

    func adoptTerminalWidth() {
        guard !widthIsFixed else { return }
        _ = session.command("set", "width \(min(max(TerminalSize.columns() ?? 80, 20), 1000))")
    }

    func write(_ text: String) {
        Screen.write(text)
    }
}

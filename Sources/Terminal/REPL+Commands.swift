import Foundation
import Kernel
import Language
import Lessons

/// The commands the REPL runs itself: `:history`, `:save FILE`, `:load FILE`,
/// `:lessons`, `:lesson NAME`, `:quit`.
extension REPL {
    func runCommand(_ name: String, _ argument: String) -> Next {
        switch name {
        case "quit":
            return .quit
        case "history":
            write(historyListing() + "\n")
        case "save":
            save(to: argument)
        case "load":
            load(from: argument)
        case "lessons":
            write(lessonListing() + "\n")
        case "lesson":
            write(openLesson(argument) + "\n")
        default:
            if let message = Session.notebookOnly(name) { write(message + ".\n") }
        }
        return .proceed
    }

    /// `:history`: this session's cells with their numbers, as `:save` would write them.
    func historyListing() -> String {
        guard transcript.cellCount > 0 else { return "No cells yet: the cells that run without error are listed here." }
        let width = String(transcript.entries.compactMap(\.number).max() ?? 0).count
        return transcript.entries.map { entry in
            let number = entry.number.map(String.init) ?? ""
            return String(repeating: " ", count: width - number.count) + palette.paint(number, .prompt) + "  " + TerminalText.escaped(entry.text)
        }.joined(separator: "\n")
    }

    /// `:save FILE`: the transcript as a file that `descent run FILE` replays.
    private func save(to argument: String) {
        guard !argument.isEmpty else {
            return write("usage: :save FILE (the cells that ran without error, for descent run FILE)\n")
        }
        let path = REPL.expandingTilde(argument)
        let header = "Saved from a descent \(options.version) session. Replay with: descent run \(argument)"
        let text = transcript.fileText(header: header)
        do throws(UserFileError) {
            try UserFile.write(text, to: path)
        } catch {
            return writeError(TerminalText.escaped(error.description))
        }
        let count = transcript.cellCount
        write("Saved \(count) cell\(count == 1 ? "" : "s") to \(argument). Run them again with: descent run \(argument)\n")
    }

    /// `:load FILE`: runs the file's cells in this session, each under its `In [n]:`.
    private func load(from argument: String) {
        guard !argument.isEmpty else { return write("usage: :load FILE (a file of cells, one a line)\n") }
        let path = REPL.expandingTilde(argument)
        let cells: [CellReader.Entry]
        do throws(UserFileError) {
            cells = CellReader().cells(in: try UserFile.readText(at: path))
        } catch {
            return writeError(TerminalText.escaped(error.description))
        }
        for (index, cell) in cells.enumerated() {
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            if let (name, _) = Cell.command(in: text), Session.commands[name]?.isFrontEnd == true {
                let skipped = TerminalText.escaped("skipped \(argument):\(cell.line): :\(name) runs only at the prompt")
                write(palette.paint(skipped, .dim) + "\n")
                continue
            }
            write(Prompt(number: session.executionCount + 1, palette: palette).echo + TerminalText.escaped(text) + "\n")
            let outcome = compute(text)
            show(outcome.result, cell: text)
            if outcome.interrupted {
                let left = cells.count - index - 1
                writeError(":load stopped; \(left) cell\(left == 1 ? "" : "s") of \(argument) not run")
                return
            }
            if index < cells.count - 1 { write("\n") }
        }
    }

    /// `:lessons`: the chapters with the student's progress.
    private func lessonListing() -> String {
        lessons.map { TerminalText.escaped($0.listing()) } ?? "No lessons are installed. Meanwhile, try :help and an example such as diff(sin(x)^2, x)."
    }

    /// `:lesson N`: starts or resumes a chapter in this session.
    func openLesson(_ argument: String) -> String {
        guard let lessons else { return lessonListing() }
        switch lessons.start(argument, session: session) {
        case .success(let reply): return lessonText(reply)
        case .failure(let error): return TerminalText.escaped(error.message)
        }
    }

    /// One line inside an open lesson: Enter, an answer, a lesson command or the student's own cell.
    func stepLesson(_ lessons: LessonHost, _ line: String) {
        let computation = Computation(
            session: session, signals: signals, progress: progress, showsProgress: isatty(STDOUT_FILENO) == 1)
        let (reply, _, resized) = computation.perform { lessons.handle(line) }
        if resized { adoptTerminalWidth() }
        let text = lessonText(reply)
        if !text.isEmpty { write(text + "\n") }
        write("\n")
    }

    /// A lesson's reply as terminal text: its styled runs painted in the palette's colours
    /// (the reply has escaped the control characters of lesson files and keyboards).
    private func lessonText(_ reply: PlayerReply) -> String {
        palette.paint(reply.styled(renderer: TextRenderer(settings: session.settings)))
    }

    /// `error: MESSAGE` with the word `error:` styled as an error.
    private func writeError(_ message: String) {
        var text = StyledText("error:", style: .error)
        text.append(" " + message)
        write(palette.paint(text) + "\n")
    }

    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst()
    }
}

import Foundation
import Kernel
import Language

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
            break
        }
        return .proceed
    }

    /// `:history`: this session's cells with their numbers, as `:save` would write them.
    func historyListing() -> String {
        guard transcript.cellCount > 0 else { return "No cells yet: the cells that run without error are listed here." }
        let width = String(transcript.entries.compactMap(\.number).max() ?? 0).count
        return transcript.entries.map { entry in
            let number = entry.number.map(String.init) ?? ""
            return String(repeating: " ", count: width - number.count) + palette.paint(number, .prompt) + "  " + entry.text
        }.joined(separator: "\n")
    }

    /// `:save FILE`: the transcript as a file that `descent run FILE` replays.
    private func save(to argument: String) {
        guard !argument.isEmpty else {
            return writeError("usage: :save FILE (the cells that ran without error, for descent run FILE)")
        }
        let path = REPL.expandingTilde(argument)
        let header = "Saved from a descent \(options.version) session. Replay with: descent run \(argument)"
        let text = transcript.fileText(header: header)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            return writeError("error: cannot write '\(argument)': \(String(cString: strerror(errno)))")
        }
        let count = transcript.cellCount
        write("Saved \(count) cell\(count == 1 ? "" : "s") to \(argument). Run them again with: descent run \(argument)\n")
    }

    /// `:load FILE`: runs the file's cells in this session, each under its `In [n]:`.
    private func load(from argument: String) {
        guard !argument.isEmpty else { return writeError("usage: :load FILE (a file of cells, one a line)") }
        let path = REPL.expandingTilde(argument)
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let reason = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                ? (isDirectory.boolValue ? "it is a folder" : "it is not readable") : "no such file"
            return writeError("error: cannot read '\(argument)': \(reason)")
        }
        let cells = CellReader().cells(in: String(decoding: data, as: UTF8.self))
        for (index, cell) in cells.enumerated() {
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix(":") {
                let name = String(text.dropFirst().prefix { !$0.isWhitespace })
                if REPL.commandNames.contains(name) {
                    write(palette.paint("skipped \(argument):\(cell.line): :\(name) runs only at the prompt", .dim) + "\n")
                    continue
                }
            }
            write(Prompt(number: session.executionCount + 1, palette: palette).echo + text + "\n")
            let outcome = compute(text)
            show(outcome.result, cell: text)
            if outcome.interrupted {
                let left = cells.count - index - 1
                writeError("error: :load stopped; \(left) cell\(left == 1 ? "" : "s") of \(argument) not run")
                return
            }
            if index < cells.count - 1 { write("\n") }
        }
    }

    /// `:lessons`: the chapters with the student's progress.
    private func lessonListing() -> String {
        lessons?.listing() ?? "No lessons are installed. Meanwhile, try :help and an example such as diff(sin(x)^2, x)."
    }

    /// `:lesson N`: starts or resumes a chapter in this session.
    func openLesson(_ argument: String) -> String {
        guard let lessons else { return lessonListing() }
        switch lessons.start(argument, session: session) {
        case .success(let reply): return reply.text(renderer: TextRenderer(settings: session.settings))
        case .failure(let error): return error.message
        }
    }

    /// One line inside an open lesson: Enter, an answer, a lesson command or the student's own cell.
    func stepLesson(_ lessons: LessonHost, _ line: String) {
        let computation = Computation(
            session: session, signals: signals, progress: progress, showsProgress: isatty(STDOUT_FILENO) == 1)
        let (reply, _, resized) = computation.perform { lessons.handle(line) }
        if resized { adoptTerminalWidth() }
        let text = reply.text(renderer: TextRenderer(settings: session.settings))
        if !text.isEmpty { write(text + "\n") }
        write("\n")
    }

    private func writeError(_ text: String) {
        write(palette.paintError(text) + "\n")
    }

    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst()
    }
}

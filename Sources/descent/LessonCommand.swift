import ArgumentParser
import Foundation
import Jupyter
import Kernel
import Lessons

/// `descent lesson N`: follows a chapter interactively, or prints it with `--print`.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Start or resume chapter N (`descent lessons` lists them).",
        discussion: """
        Enter runs a cell; :next, :back, :hint, :skip, :restart and :quit move around; :help lists them.
        For teachers: `descent lesson check FILE.md...` validates lesson files.
        """
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var lessonOptions: LessonOptions

    @Argument(help: ArgumentHelp("The chapter's number, or `check` followed by lesson files.", valueName: "N | check"))
    var target: String

    @Argument(help: ArgumentHelp("With `check`: the lesson files to validate.", valueName: "file"))
    var files: [String] = []

    @Flag(help: "Print the whole chapter with every cell's output, without asking anything.")
    var print = false

    @Option(help: ArgumentHelp("Write the chapter as a Jupyter notebook to this file instead.", valueName: "file"))
    var ipynb: String?

    mutating func validate() throws {
        if target == "check" {
            if files.isEmpty { throw ValidationError("`descent lesson check` takes one or more lesson files") }
        } else if Int(target) == nil {
            throw ValidationError("expected a chapter number or `check`, found '\(target)'")
        } else if !files.isEmpty {
            throw ValidationError("unexpected argument '\(files[0])'")
        }
    }

    mutating func run() throws {
        if target == "check" { throw ExitCode(LessonCheck(files: files).run() ? 0 : 1) }
        let chapter = Int(target)!
        let catalog = try lessonOptions.catalog()
        let lesson: Lesson
        do throws(LessonCatalogError) {
            lesson = try catalog.lesson(chapter: chapter)
        } catch {
            throw LessonCommandError(message: error.description)
        }
        if let ipynb {
            try LessonNotebook(lesson: lesson, chapter: chapter).data.write(to: URL(fileURLWithPath: ipynb))
            return
        }
        let settings = options.settings(outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let student = lessonOptions.student
        if print {
            let text = LessonPrinter(settings: settings, seed: lessonOptions.seed(for: student, global: options)).text(of: lesson, chapter: chapter)
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            let session = Session(settings: settings)
            throw ExitCode(InteractiveLauncher.run(session: session, options: options, lessonOptions: lessonOptions, chapter: chapter))
        }
        let store = ProgressStore.standard()
        let loaded = store.load(student: student)
        if let notice = loaded.notice { Swift.print(notice) }
        var loop = LessonLoop(store: store, progress: loaded.progress, settings: settings)
        loop.run(lesson: lesson, chapter: chapter, seed: lessonOptions.seed(for: loaded.progress.student, global: options))
    }
}

/// The interactive loop over standard input and output: each reply printed, each line
/// handled, the record saved after every step.
struct LessonLoop {
    let store: ProgressStore
    var progress: StudentProgress
    let settings: Settings

    mutating func run(lesson: Lesson, chapter: Int, seed: UInt64) {
        let session = Session(settings: settings)
        let renderer = TextRenderer(settings: settings)
        var player = LessonPlayer(lesson: lesson, chapter: chapter, session: session, seed: seed,
                                  record: progress[lesson: lesson.id])
        var reply = player.start()
        while true {
            show(reply, renderer)
            progress[lesson: lesson.id] = player.record
            save()
            if reply.ended { return }
            Swift.print(reply.prompt, terminator: "")
            fflush(nil)
            guard let line = readLine() else {
                Swift.print("")
                return
            }
            reply = player.handle(line)
        }
    }

    private func show(_ reply: PlayerReply, _ renderer: TextRenderer) {
        let text = reply.text(renderer: renderer)
        if !text.isEmpty { Swift.print(text + "\n") }
    }

    private func save() {
        do {
            try store.save(progress)
        } catch {
            FileHandle.standardError.write(Data("warning: progress not saved: \(error.localizedDescription)\n".utf8))
        }
    }
}

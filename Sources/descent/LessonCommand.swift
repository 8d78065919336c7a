import ArgumentParser
import Foundation
import Jupyter
import Kernel
import Lessons
import Terminal

/// `descent lesson N` follows a chapter; `descent lesson check FILE|DIR...` validates lessons.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Start or resume chapter N (`descent lessons` lists them); `lesson check` validates lesson files.",
        subcommands: [LessonStartCommand.self, LessonCheckCommand.self],
        defaultSubcommand: LessonStartCommand.self
    )
}

/// `descent lesson N`: follows a chapter interactively, or prints it with `--print`.
struct LessonStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start or resume chapter N.",
        discussion: """
        Enter runs a cell; :next, :back, :hint, :skip, :cell, :restart and :quit move around; :help lists them.
        `--print` prints the whole chapter; `--print --key` adds the answers (a teacher's key), with the
        constants drawn for the student named by --name.
        """
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var lessonOptions: LessonOptions

    /// Taken as raw words so `-1` reaches the chapter check instead of the option parser.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The chapter's number.", valueName: "N"))
    var words: [String] = []

    @Flag(help: "Print the whole chapter with every cell's output, without asking anything.")
    var print = false

    @Flag(help: "With --print: show each exercise's answer, and the constants drawn for --name.")
    var key = false

    @Option(help: ArgumentHelp("Write the chapter as a Jupyter notebook to this file instead.", valueName: "file"))
    var ipynb: String?

    mutating func validate() throws {
        guard words.count == 1 else {
            throw ValidationError(words.isEmpty ? "which chapter? `descent lesson N`; `descent lessons` lists them"
                                                : "expected one chapter number, found '\(words.joined(separator: " "))'")
        }
        guard Int(words[0]) != nil else {
            throw ValidationError("expected a chapter number, found '\(words[0])'; `descent lessons` lists them")
        }
        if key, !print { throw ValidationError("--key goes with --print: `descent lesson N --print --key`") }
    }

    mutating func run() throws {
        let chapter = Int(words[0]) ?? 0
        var catalog = try lessonOptions.catalog()
        let configuration = try lessonOptions.configuration()
        catalog.defaultTolerance = configuration.tolerance
        var lesson: Lesson
        do throws(LessonCatalogError) {
            lesson = try catalog.lesson(chapter: chapter)
        } catch {
            throw LessonCommandError(message: error.description)
        }
        lesson.exam = lesson.exam || lessonOptions.exam || configuration.exam
        if let ipynb {
            if lesson.exam { throw LessonCommandError(message: LessonNotebook.examRefusal(chapter)) }
            let seed = lessonOptions.seed(for: lessonOptions.student, global: options, configuration: configuration)
            if lessonOptions.student != LessonOptions.environmentStudent {
                StandardStreams.writeError("note: this notebook is for \(lessonOptions.student), but a Descent kernel started here records "
                    + "answers for \(LessonOptions.environmentStudent); start Jupyter with DESCENT_STUDENT=\(lessonOptions.student)")
            }
            do throws(UserFileError) {
                try UserFile.write([UInt8](LessonNotebook(lesson: lesson, chapter: chapter, seed: seed).data), to: ipynb)
            } catch {
                throw LessonCommandError(message: error.description)
            }
            return
        }
        let settings = options.settings(outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        let student = lessonOptions.student
        let seed = lessonOptions.seed(for: student, global: options, configuration: configuration)
        if print {
            var printer = LessonPrinter(settings: settings, seed: seed, key: key)
            printer.keyIsGeneric = key && lessonOptions.name == nil
                && !lessonOptions.seedIsGiven(global: options, configuration: configuration)
            let text = printer.styled(of: lesson, chapter: chapter)
            StandardStreams.write(Palette(isEnabled: settings.color).paint(text))
            throw ExitCode(StandardStreams.finish(ok: true))
        }
        let store = try lessonOptions.store()
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            let session = Session(settings: settings)
            throw ExitCode(InteractiveLauncher.run(session: session, options: options, lessonOptions: lessonOptions,
                                                   chapter: chapter, store: store, seed: seed, exam: lesson.exam))
        }
        store.removeLeftovers()
        let loaded = store.progress(of: student, in: catalog)
        if let notice = loaded.notice { Swift.print(notice) }
        var loop = LessonLoop(log: store.log(for: student), settings: settings)
        loop.run(lesson: lesson, chapter: chapter, seed: seed, record: loaded.progress[lesson: lesson.id])
    }
}

/// `descent lesson check FILE.md|DIR...`: validates lessons for their teacher; problems are
/// printed `FILE:LINE: message`.
struct LessonCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lesson files, or every chapter in a folder; problems are printed FILE:LINE: message."
    )

    @Argument(help: ArgumentHelp("Lesson files or folders of them.", valueName: "file"))
    var paths: [String]

    mutating func run() throws {
        throw ExitCode(LessonCheck(paths: paths).run() ? 0 : 1)
    }
}

/// The interactive loop over standard input and output: each reply printed, each line
/// handled, every event appended to the student's log.
struct LessonLoop {
    let log: AttemptLog
    let settings: Settings
    private var writeFailed = false

    init(log: AttemptLog, settings: Settings) {
        self.log = log
        self.settings = settings
    }

    mutating func run(lesson: Lesson, chapter: Int, seed: UInt64, record: LessonRecord) {
        let session = Session(settings: settings)
        let renderer = TextRenderer(settings: settings)
        var player = LessonPlayer(lesson: lesson, chapter: chapter, session: session, seed: seed, record: record, exam: lesson.exam)
        var reply = player.start()
        while true {
            show(reply, renderer)
            save(player.takeEvents())
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
        let text = Palette(isEnabled: settings.color).paint(reply.styled(renderer: renderer))
        if !text.isEmpty { Swift.print(text + "\n") }
    }

    /// Appends the events; the first failure is reported once, on standard error.
    private mutating func save(_ events: [AttemptEvent]) {
        for event in events {
            do throws(RecordError) {
                try log.append(event)
            } catch {
                if !writeFailed { FileHandle.standardError.write(Data("warning: \(error.description)\n".utf8)) }
                writeFailed = true
                return
            }
        }
    }
}

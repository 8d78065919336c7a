import ArgumentParser
import Foundation
import Kernel
import Lessons

/// `descent lessons`: the chapters, with the student's progress in each.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the chapters with your progress; `descent lesson N` starts or resumes one."
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var lessonOptions: LessonOptions

    mutating func run() throws {
        let catalog = try lessonOptions.catalog()
        let loaded = try lessonOptions.store().progress(of: lessonOptions.student, in: catalog)
        if let notice = loaded.notice { StandardStreams.writeError(notice) }
        StandardStreams.write(TerminalText.escaped(ChapterList(catalog: catalog, progress: loaded.progress).text) + "\n")
        throw ExitCode(StandardStreams.finish(ok: true))
    }
}

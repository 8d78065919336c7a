import ArgumentParser
import Foundation
import Kernel
import Lessons

/// `descent progress`: the student's record, as a table or CSV.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress in each chapter and exercise; --csv exports it, one row per exercise."
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var lessonOptions: LessonOptions

    mutating func run() throws {
        let catalog = try lessonOptions.catalog()
        let loaded = ProgressStore.standard().load(student: lessonOptions.student)
        if let notice = loaded.notice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
        let report = ProgressReport(catalog: catalog, progress: loaded.progress)
        // The student's name comes from the progress file: its control characters are shown escaped.
        print(TerminalText.escaped(options.csv ? report.csv : report.text), terminator: options.csv ? "" : "\n")
    }
}

import ArgumentParser
import Foundation
import Lessons

/// `descent progress`: the student's record, as a table or CSV.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress in each chapter and exercise (first, best and last attempt); --csv exports it."
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var lessonOptions: LessonOptions

    mutating func run() throws {
        let catalog = try lessonOptions.catalog()
        let loaded = try lessonOptions.store().progress(of: lessonOptions.student, in: catalog)
        if let notice = loaded.notice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
        let report = ProgressReport(catalog: catalog, progress: loaded.progress)
        print(options.csv ? report.csv : report.text, terminator: options.csv ? "" : "\n")
    }
}

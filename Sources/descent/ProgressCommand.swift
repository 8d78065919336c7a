import ArgumentParser
import Foundation
import Kernel
import Lessons

/// `descent progress`: the student's record, as a table or CSV, for the `--dir` lessons (if
/// any) and the built-in ones.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your progress in each chapter and exercise (first, best and last attempt); --csv exports it."
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var lessonOptions: LessonOptions

    mutating func run() throws {
        let chosen = try lessonOptions.catalog()
        let store = try lessonOptions.store()
        let log = store.log(for: lessonOptions.student)
        let (events, _) = log.read()
        var catalogs = [chosen]
        if chosen.origin != LessonCatalog.builtin.origin {
            let builtin = LessonCatalog.builtin
            let builtinIDs = Set(builtin.files.map(\.id))
            if events.contains(where: { builtinIDs.contains($0.lesson) }) { catalogs.append(builtin) }
        }
        var texts: [String] = []
        var rows: [String] = []
        for catalog in catalogs {
            let loaded = store.progress(of: lessonOptions.student, in: catalog)
            if let notice = loaded.notice, catalog.origin == chosen.origin {
                StandardStreams.writeError(notice)
            }
            let report = ProgressReport(catalog: catalog, progress: loaded.progress)
            texts.append(report.text)
            rows += report.csv.split(separator: "\n").dropFirst(rows.isEmpty ? 0 : 1).map(String.init)
        }
        let known = Set(catalogs.flatMap { $0.files.map(\.id) })
        let unknown = Set(events.map(\.lesson)).subtracting(known).sorted()
        if !unknown.isEmpty {
            StandardStreams.writeError(
                "note: your log also has records for \(unknown.joined(separator: ", ")); `--dir FOLDER` with those lessons shows them")
        }
        // The student's name comes from their log: its control characters are shown escaped.
        let text = options.csv ? rows.joined(separator: "\n") : texts.joined(separator: "\n\n")
        StandardStreams.write(TerminalText.escaped(text) + "\n")
        throw ExitCode(StandardStreams.finish(ok: true))
    }
}

import ArgumentParser
import Foundation
import Lessons

/// `descent grade LOGS... --dir LESSONS [--csv]`: a class's marks from the students' attempt
/// logs, every answer re-marked against the lessons.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Mark a class from the students' attempt logs (files or folders of .jsonl), re-marking every answer.",
        discussion: """
        Prints one row per student and exercise (first, best and last attempt), then a summary per student.
        Each student's log is $XDG_DATA_HOME/descent/logs/NAME.jsonl on their machine.
        """
    )

    @OptionGroup var options: GlobalOptions
    /// `--dir`: the folder of lesson files the logs are for (default: the built-in lessons).
    @OptionGroup var lessonOptions: LessonOptions

    @Argument(help: ArgumentHelp("Attempt logs, or folders of them.", valueName: "log"))
    var logs: [String]

    mutating func validate() throws {
        if logs.isEmpty { throw ValidationError("name the logs to grade: `descent grade logs/ --dir lessons/`") }
    }

    mutating func run() throws {
        var catalog = try lessonOptions.catalog()
        let configuration = try lessonOptions.configuration()
        catalog.defaultTolerance = configuration.tolerance
        let (events, notes) = Gradebook.events(from: logs)
        let book = Gradebook(catalog: catalog, events: events, notes: notes, classSeed: configuration.seed)
        for note in book.notes { FileHandle.standardError.write(Data((note + "\n").utf8)) }
        print(options.csv ? book.csv : book.text, terminator: options.csv ? "" : "\n")
    }
}

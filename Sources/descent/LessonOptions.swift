import ArgumentParser
import Foundation
import Kernel
import Lessons

/// Flags the lesson commands share: where the lessons are and who the student is.
/// (`--seed`, `--width` and `--ascii` come from ``GlobalOptions``.)
struct LessonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A folder of lesson files to use instead of the built-in ones (or set DESCENT_LESSONS).", valueName: "dir"))
    var dir: String?

    @Option(help: "The student's name (default: $USER); it seeds the exercises' constants.")
    var name: String?


    var student: String {
        name ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "student"
    }

    /// The exercises' seed: `--seed` when given on the command line, else one drawn from
    /// the student's name, so neighbours get different numbers.
    func seed(for student: String, global: GlobalOptions) -> UInt64 {
        global.givenSeed ?? SeededGenerator.stableHash(student)
    }

    func catalog() throws -> LessonCatalog {
        do throws(LessonCatalogError) {
            return try LessonCatalog.choose(directory: dir)
        } catch {
            throw LessonCommandError(message: error.description)
        }
    }
}

/// A message for standard error and exit status 2.
struct LessonCommandError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

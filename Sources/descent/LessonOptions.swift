import ArgumentParser
import Foundation
import Kernel
import Lessons

/// Flags the lesson commands share: where the lessons are and who the student is.
/// (`--seed`, `--width` and `--ascii` come from ``GlobalOptions``.)
struct LessonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A folder of lesson files to use instead of the built-in ones (or set DESCENT_LESSONS).", valueName: "dir"))
    var dir: String?

    @Option(help: "The student's name (default: $DESCENT_STUDENT, else $USER); it selects their record and seeds their constants.")
    var name: String?

    @Flag(help: "Exam mode: diff, grad, hessian, taylor, simplify and eval are off during exercises.")
    var exam = false

    var student: String { name ?? Self.environmentStudent }

    /// The student named by the environment, `DESCENT_STUDENT` else `USER`: the one a Jupyter
    /// kernel started here checks answers for, since Jupyter passes it no `--name`.
    static var environmentStudent: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["DESCENT_STUDENT"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "student"
    }

    /// Whether the seed was chosen on the command line or by the class's `descent.toml`,
    /// rather than drawn from the student's name.
    func seedIsGiven(global: GlobalOptions, configuration: LessonConfiguration) -> Bool {
        global.givenSeed != nil || configuration.seed != nil
    }

    /// The exercises' seed: `--seed` when given on the command line, else the class's
    /// `descent.toml` seed, else one drawn from the student's name, so neighbours get different numbers.
    func seed(for student: String, global: GlobalOptions, configuration: LessonConfiguration = LessonConfiguration()) -> UInt64 {
        global.givenSeed ?? configuration.seed ?? SeededGenerator.stableHash(student)
    }

    func catalog() throws -> LessonCatalog {
        do throws(LessonCatalogError) {
            return try LessonCatalog.choose(directory: dir)
        } catch {
            throw LessonCommandError(message: error.description)
        }
    }

    /// The class's `descent.toml` beside the lessons, if there is one.
    func configuration() throws -> LessonConfiguration {
        let folder = dir ?? ProcessInfo.processInfo.environment["DESCENT_LESSONS"].flatMap { $0.isEmpty ? nil : $0 }
        guard let folder else { return LessonConfiguration() }
        do throws(LessonConfigurationError) {
            return try LessonConfiguration.load(folder: folder)
        } catch {
            throw LessonCommandError(message: error.description)
        }
    }

    /// The records' folder, or exit status 2 with the reason (a relative `XDG_DATA_HOME`).
    func store() throws -> RecordStore {
        do throws(RecordError) {
            return try RecordStore.standard()
        } catch {
            throw LessonCommandError(message: error.description)
        }
    }
}

extension LessonOptions {
    /// The lessons on offer and whose record they keep, for the REPL and the Jupyter kernel;
    /// nil when there are no lessons, or when records cannot be kept (a relative
    /// `XDG_DATA_HOME`, with a warning to print): the session then runs without lessons.
    func setup(global: GlobalOptions, store: RecordStore? = nil, seed: UInt64? = nil, exam: Bool = false)
        -> (setup: LessonSetup?, warning: String?) {
        guard var catalog = try? self.catalog() else { return (nil, nil) }
        let configuration = (try? self.configuration()) ?? LessonConfiguration()
        catalog.defaultTolerance = configuration.tolerance
        let records: RecordStore
        do throws(RecordError) {
            if let store { records = store } else { records = try RecordStore.standard() }
        } catch {
            return (nil, "warning: \(error.description) Lessons are off.")
        }
        return (LessonSetup(catalog: catalog, store: records, student: student,
                            seed: seed ?? self.seed(for: student, global: global, configuration: configuration),
                            exam: exam || self.exam || configuration.exam), nil)
    }
}

/// A message for standard error and exit status 2.
struct LessonCommandError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

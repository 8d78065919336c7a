import Foundation
import Kernel
import Lessons
import Terminal

/// Opens the REPL on a terminal, with the lessons and the student's progress.
enum InteractiveLauncher {
    static func run(session: Session, options: GlobalOptions, lessonOptions: LessonOptions, chapter: Int? = nil,
                    store: RecordStore? = nil, seed: UInt64? = nil, exam: Bool = false) -> Int32 {
        let catalog = try? LessonCatalog.choose(directory: lessonOptions.dir)
        let configuration = (try? lessonOptions.configuration()) ?? LessonConfiguration()
        var records = store
        if records == nil {
            do throws(RecordError) {
                records = try RecordStore.standard()
            } catch {
            FileHandle.standardError.write(Data("warning: \(error.description) Lessons are off.\n".utf8))
            }
        }
        let lessons = catalog.flatMap { catalog in
            records.map { records in
                var catalog = catalog
                catalog.defaultTolerance = configuration.tolerance
                let student = lessonOptions.student
                return REPL.Lessons(catalog: catalog, store: records, student: student,
                                    seed: seed ?? lessonOptions.seed(for: student, global: options, configuration: configuration),
                                    exam: exam || lessonOptions.exam || configuration.exam)
            }
        }
        let repl = REPL(session: session, options: REPL.Options(
            version: DescentVersion.current,
            lessons: lessons,
            openingChapter: chapter,
            widthIsFixed: options.width != nil))
        return repl.run()
    }
}

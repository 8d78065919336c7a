import Foundation
import Kernel
import Lessons
import Terminal

/// Opens the REPL on a terminal, with the lessons and the student's progress.
enum InteractiveLauncher {
    static func run(session: Session, options: GlobalOptions, lessonOptions: LessonOptions, chapter: Int? = nil) -> Int32 {
        let catalog = try? LessonCatalog.choose(directory: lessonOptions.dir)
        let lessons = catalog.map { catalog in
            let student = lessonOptions.student
            return REPL.Lessons(catalog: catalog, store: ProgressStore.standard(), student: student,
                                seed: lessonOptions.seed(for: student, global: options))
        }
        let repl = REPL(session: session, options: REPL.Options(
            version: DescentVersion.current,
            lessons: lessons,
            openingChapter: chapter,
            widthIsFixed: options.width != nil))
        return repl.run()
    }
}

import Foundation
import Kernel
import Lessons
import Terminal

/// Opens the REPL on a terminal, with the lessons and the student's progress.
enum InteractiveLauncher {
    static func run(session: Session, options: GlobalOptions, lessonOptions: LessonOptions, chapter: Int? = nil,
                    store: RecordStore? = nil, seed: UInt64? = nil, exam: Bool = false) -> Int32 {
        let (lessons, warning) = lessonOptions.setup(global: options, store: store, seed: seed, exam: exam)
        if let warning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        let repl = REPL(session: session, options: REPL.Options(
            version: DescentVersion.current,
            lessons: lessons,
            openingChapter: chapter,
            widthIsFixed: options.width != nil))
        return repl.run()
    }
}

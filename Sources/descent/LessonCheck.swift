import Foundation
import Kernel
import Lessons

/// `descent lesson check FILE.md...`: validates lessons for their teacher; problems are
/// printed `FILE:LINE: message`.
struct LessonCheck {
    var files: [String]

    /// Whether every file passed.
    func run() -> Bool {
        var failed = false
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read the file\n".utf8))
                failed = true
                continue
            }
            let file = LessonFile(name: path, text: String(decoding: data, as: UTF8.self))
            let problems = LessonChecker().problems(in: file)
            for problem in problems { print(problem.description) }
            if problems.isEmpty { print("\(path): ok") }
            failed = failed || !problems.isEmpty
        }
        return !failed
    }
}

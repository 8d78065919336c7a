import Foundation
import Kernel
import Lessons

/// `descent lesson check FILE.md|DIR...`: validates lessons for their teacher; problems are
/// printed `FILE:LINE: message`. A folder is checked chapter by chapter (its `.md` files but
/// README.md), with its `descent.toml`.
struct LessonCheck {
    var paths: [String]

    /// Whether every file passed.
    func run() -> Bool {
        var failed = false
        for folder in paths.filter(isFolder) {
            do throws(LessonConfigurationError) {
                _ = try LessonConfiguration.load(folder: folder)
            } catch {
                print(error.description)
                failed = true
            }
        }
        for path in paths.flatMap(expand) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read the file\n".utf8))
                failed = true
                continue
            }
            let problems: [LessonFileError]
            var warnings: [LessonFileError] = []
            do throws(LessonFileError) {
                let file = try LessonFile(name: path, data: data)
                problems = LessonChecker().problems(in: file)
                warnings = LessonChecker().warnings(in: file)
            } catch {
                problems = [error]
            }
            for problem in problems + warnings { print(problem.description) }
            if problems.isEmpty { print("\(path): ok") }
            failed = failed || !problems.isEmpty
        }
        return !failed
    }

    private func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private func expand(_ path: String) -> [String] {
        guard isFolder(path) else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let lessons = names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        if lessons.isEmpty { return [path + "/"] }
        return lessons.map { (path as NSString).appendingPathComponent($0) }
    }
}

import Foundation

/// The chapters on offer: the built-in lessons, or a teacher's folder of Markdown files.
///
/// Chapters are the `.md` files in file-name order (`README.md` excepted), numbered from 1,
/// so `01-gradients.md`, `02-learning-rate.md` … become chapters 1, 2 ….
public struct LessonCatalog: Sendable {
    public var files: [LessonFile]
    /// Where the files came from, for messages: "built-in" or the folder.
    public var origin: String
    /// The relative tolerance for exercises that set none (a class's `descent.toml`).
    public var defaultTolerance: Double?

    public init(files: [LessonFile], origin: String) {
        self.files = files.sorted { $0.name < $1.name }
        self.origin = origin
    }

    /// The lessons compiled into the binary.
    public static var builtin: LessonCatalog {
        LessonCatalog(files: BuiltinLessons.files, origin: "built-in")
    }

    /// The lessons in `path`.
    public static func directory(_ path: String) throws(LessonCatalogError) -> LessonCatalog {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw .unreadableDirectory(path)
        }
        var files: [LessonFile] = []
        for name in names where name.hasSuffix(".md") && name != "README.md" {
            let full = (path as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: full) else { throw .unreadableFile(full) }
            files.append((try? LessonFile(name: name, data: data)) ?? LessonFile(name: name, text: String(decoding: data, as: UTF8.self)))
        }
        if files.isEmpty { throw .noLessons(path) }
        return LessonCatalog(files: files, origin: path)
    }

    /// A folder given with `--dir`, else `$DESCENT_LESSONS`, else the built-in lessons.
    public static func choose(directory: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(LessonCatalogError) -> LessonCatalog
    {
        if let directory { return try .directory(directory) }
        if let folder = environment["DESCENT_LESSONS"], !folder.isEmpty { return try .directory(folder) }
        return .builtin
    }

    /// Chapter `number`, counted from 1.
    public func lesson(chapter number: Int) throws(LessonCatalogError) -> Lesson {
        guard files.indices.contains(number - 1) else { throw .noSuchChapter(number, count: files.count) }
        do throws(LessonFileError) {
            return applyingDefaults(try files[number - 1].lesson())
        } catch {
            throw .invalid(error)
        }
    }

    /// Every lesson that reads, with the catalog's defaults applied.
    public var lessons: [Lesson] {
        files.compactMap { try? $0.lesson() }.map(applyingDefaults)
    }

    private func applyingDefaults(_ lesson: Lesson) -> Lesson {
        guard let defaultTolerance else { return lesson }
        var lesson = lesson
        for index in lesson.steps.indices {
            if case .exercise(var exercise) = lesson.steps[index].content, exercise.tolerance == nil {
                exercise.tolerance = defaultTolerance
                lesson.steps[index].content = .exercise(exercise)
            }
        }
        return lesson
    }
}

/// Why a chapter could not be had.
public enum LessonCatalogError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadableDirectory(String)
    case unreadableFile(String)
    case noLessons(String)
    case noSuchChapter(Int, count: Int)
    case invalid(LessonFileError)

    public var description: String {
        switch self {
        case .unreadableDirectory(let path): return "cannot read the folder '\(path)'"
        case .unreadableFile(let path): return "cannot read '\(path)'"
        case .noLessons(let path): return "no lessons (.md files) in '\(path)'"
        case .noSuchChapter(let number, let count): return "there is no chapter \(number); the chapters are 1 to \(count)"
        case .invalid(let error): return error.description
        }
    }
}

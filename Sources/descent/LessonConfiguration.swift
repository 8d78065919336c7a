import Foundation
import TOMLKit

/// A class's settings for its lessons: `descent.toml` beside the lesson files.
///
/// ```toml
/// seed = 2026        # every student draws the same constants (default: one per student)
/// exam = true        # diff, grad, hessian, taylor, simplify and eval are off during exercises
/// tolerance = 1e-3   # relative tolerance for exercises that set none
/// ```
struct LessonConfiguration: Sendable, Equatable {
    var seed: UInt64?
    var exam = false
    var tolerance: Double?

    static let fileName = "descent.toml"
    static let keys = ["seed", "exam", "tolerance"]

    /// The settings in `folder/descent.toml`, or the defaults when there is no such file.
    static func load(folder: String) throws(LessonConfigurationError) -> LessonConfiguration {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return LessonConfiguration() }
        guard let text = String(data: data, encoding: .utf8) else { throw .invalid(path, line: 1, "not valid UTF-8") }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws(LessonConfigurationError) -> LessonConfiguration {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .invalid(path, line: error.source.begin.line, error.description)
        } catch {
            throw .invalid(path, line: 1, "\(error)")
        }
        var configuration = LessonConfiguration()
        for key in table.keys {
            guard keys.contains(key) else { throw .invalid(path, line: 1, "unknown key '\(key)'; keys: \(keys.joined(separator: ", "))") }
        }
        if let value = table["seed"] {
            guard let seed = value.int, seed >= 0 else { throw .invalid(path, line: 1, "seed takes a whole number from 0, such as 2026") }
            configuration.seed = UInt64(seed)
        }
        if let value = table["exam"] {
            guard let exam = value.bool else { throw .invalid(path, line: 1, "exam takes true or false") }
            configuration.exam = exam
        }
        if let value = table["tolerance"] {
            guard let tolerance = value.double ?? value.int.map(Double.init), tolerance >= 0, tolerance < 1 else {
                throw .invalid(path, line: 1, "tolerance takes a number from 0 to 1, such as 1e-3")
            }
            configuration.tolerance = tolerance
        }
        return configuration
    }
}

/// A `descent.toml` that cannot be used, reported `FILE:LINE: message`.
enum LessonConfigurationError: Error, Equatable, CustomStringConvertible {
    case invalid(String, line: Int, String)

    var description: String {
        switch self {
        case .invalid(let path, let line, let message): return "\(path):\(line): \(message)"
        }
    }
}

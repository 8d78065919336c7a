import Foundation
import Kernel

/// A student's whole record: `descent progress`, and `descent progress --csv` for a teacher's
/// spreadsheet (one row per exercise). Each exercise shows its first attempt's outcome, the
/// best over all attempts, and the last.
public struct ProgressReport: Sendable {
    public var catalog: LessonCatalog
    public var progress: StudentProgress

    public init(catalog: LessonCatalog, progress: StudentProgress) {
        self.catalog = catalog
        self.progress = progress
    }

    private var lessons: [(chapter: Int, lesson: Lesson)] {
        catalog.files.enumerated().compactMap { index, file in (try? file.lesson()).map { (index + 1, $0) } }
    }

    public var text: String {
        var lines = ["Progress of \(TerminalText.escapedLine(progress.student)) (lessons: \(catalog.origin))"]
        for (chapter, lesson) in lessons {
            guard let record = progress.lessons[lesson.id] else {
                lines.append("Chapter \(chapter) · \(lesson.title): not started")
                continue
            }
            let place = record.finished ? "finished" : "at step \(record.step + 1) of \(lesson.steps.count)"
            let attempts = record.attempt == 1 ? "" : " (attempt \(record.attempt))"
            lines.append("Chapter \(chapter) · \(lesson.title): \(place)\(attempts), \(record.solved(in: lesson)) of \(lesson.exercises.count) exercises solved")
            for exercise in lesson.exercises {
                let history = Outcomes(progress.history[lesson.id]?[exercise.id] ?? [])
                lines.append("  exercise \(exercise.number) (\(exercise.id)): " + history.text)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `student,chapter,lesson,title,exercise,id,first,best,last,tries,hints,attempts`.
    public var csv: String {
        var rows = [Outcomes.csvHeader]
        for (chapter, lesson) in lessons {
            for exercise in lesson.exercises {
                let history = Outcomes(progress.history[lesson.id]?[exercise.id] ?? [])
                rows.append(history.csvRow(student: progress.student, chapter: chapter, lesson: lesson, exercise: exercise))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    /// Control characters are escaped; text starting with `=`, `+`, `-` or `@` that is not a
    /// number gets a leading `'`, so a spreadsheet does not run a student's name as a formula.
    static func field(_ text: String) -> String {
        var text = TerminalText.escapedLine(text)
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

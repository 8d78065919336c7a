import Foundation

/// A student's whole record: `descent progress`, and `descent progress --csv` for a teacher's
/// spreadsheet (one row per exercise).
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
        var lines = ["Progress of \(progress.student)"]
        for (chapter, lesson) in lessons {
            guard let record = progress.lessons[lesson.id] else {
                lines.append("Chapter \(chapter) · \(lesson.title): not started")
                continue
            }
            let place = record.finished ? "finished" : "at step \(min(record.step + 1, lesson.steps.count)) of \(lesson.steps.count)"
            lines.append("Chapter \(chapter) · \(lesson.title): \(place), \(record.solved) of \(lesson.exercises.count) exercises solved")
            for exercise in lesson.exercises {
                let entry = record[exercise: exercise.number]
                let tries = entry.tries == 1 ? "1 try" : "\(entry.tries) tries"
                let hints = entry.hintsSeen == 0 ? "" : entry.hintsSeen == 1 ? ", 1 hint" : ", \(entry.hintsSeen) hints"
                lines.append("  exercise \(exercise.number): \(entry.outcome.rawValue) (\(tries)\(hints))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `student,chapter,lesson,title,step,steps,finished,exercise,outcome,tries,hints`, CRLF-free.
    public var csv: String {
        var rows = ["student,chapter,lesson,title,step,steps,finished,exercise,outcome,tries,hints"]
        for (chapter, lesson) in lessons {
            let record = progress[lesson: lesson.id]
            let started = progress.lessons[lesson.id] != nil
            let position = started ? String(min(record.step + 1, lesson.steps.count)) : "0"
            let prefix = [progress.student, String(chapter), lesson.id, lesson.title, position,
                          String(lesson.steps.count), String(record.finished)].map(Self.field)
            for exercise in lesson.exercises {
                let entry = record[exercise: exercise.number]
                rows.append((prefix + [String(exercise.number), entry.outcome.rawValue, String(entry.tries),
                                       String(entry.hintsSeen)]).joined(separator: ","))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

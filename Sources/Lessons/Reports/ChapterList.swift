/// The chapters with a student's progress in each: `descent lessons` and the REPL's `:lessons`.
///
/// ```
///  1. Gradients                    step 5 of 31 · 0 of 5 exercises
///  2. Gradient descent             not started
/// ```
public struct ChapterList: Sendable {
    public var catalog: LessonCatalog
    public var progress: StudentProgress
    /// How the last line tells the student to begin: `descent lesson N` or `:lesson N`.
    public var startCommand = "descent lesson N"

    public init(catalog: LessonCatalog, progress: StudentProgress) {
        self.catalog = catalog
        self.progress = progress
    }

    public var text: String {
        var lines: [String] = []
        let lessons = catalog.files.map { try? $0.lesson() }
        let titleWidth = lessons.map { $0?.title.count ?? 0 }.max() ?? 0
        for (index, lesson) in lessons.enumerated() {
            let number = String(index + 1).leftPadded(to: 2)
            guard let lesson else {
                lines.append("\(number). \(catalog.files[index].name) (cannot be read: `descent lesson check` says why)")
                continue
            }
            let title = lesson.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            lines.append("\(number). \(title)   \(status(of: lesson))")
        }
        lines.append("")
        lines.append("`\(startCommand)` starts or resumes chapter N (lessons: \(catalog.origin)).")
        return lines.joined(separator: "\n")
    }

    private func status(of lesson: Lesson) -> String {
        guard let record = progress.lessons[lesson.id] else { return "not started" }
        let exercises = "\(record.solved(in: lesson)) of \(lesson.exercises.count) exercises"
        if record.finished { return "finished · \(exercises)" }
        return "step \(record.step + 1) of \(lesson.steps.count) · \(exercises)"
    }
}

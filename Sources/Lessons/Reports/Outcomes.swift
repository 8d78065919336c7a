/// One exercise's outcomes over a student's attempts: first, best and last.
struct Outcomes {
    var attempts: [ExerciseRecord]

    init(_ attempts: [ExerciseRecord]) {
        self.attempts = attempts
    }

    var first: ExerciseRecord { attempts.first ?? ExerciseRecord() }
    var last: ExerciseRecord { attempts.last ?? ExerciseRecord() }
    /// The best outcome, fewest tries breaking ties.
    var best: ExerciseRecord {
        attempts.max { ($0.outcome, -$0.tries) < ($1.outcome, -$1.tries) } ?? ExerciseRecord()
    }

    var text: String {
        guard !attempts.isEmpty else { return "not tried" }
        if attempts.count == 1 { return first.summary }
        return "first \(first.summary) · best \(best.summary) · last \(last.summary)"
    }

    static let csvHeader = "student,chapter,lesson,title,exercise,id,first,best,last,tries,hints,attempts"

    func csvRow(student: String, chapter: Int, lesson: Lesson, exercise: Exercise) -> String {
        [student, String(chapter), lesson.id, lesson.title, String(exercise.number), exercise.id,
         first.outcome.rawValue, best.outcome.rawValue, last.outcome.rawValue,
         String(attempts.reduce(0) { $0 + $1.tries }), String(attempts.reduce(0) { $0 + $1.hintsSeen }),
         String(attempts.count)].map(ProgressReport.field).joined(separator: ",")
    }
}

/// A student's record across lessons, derived from their attempt log: where they are in each
/// lesson and how each exercise went, attempt by attempt.
///
/// Every answer is re-marked against the lesson as it is now, so a verdict edited in the log
/// changes nothing, and an answer is credited to the exercise's id, not its position.
public struct StudentProgress: Sendable, Equatable {
    public var student: String
    /// The current attempt at each lesson, by lesson id (`01-gradients`).
    public var lessons: [String: LessonRecord] = [:]
    /// Every attempt's outcome per exercise: lesson id → exercise id → outcomes in attempt order.
    public var history: [String: [String: [ExerciseRecord]]] = [:]

    public init(student: String) {
        self.student = student
    }

    /// Replays `student`'s events in `catalog`. With `trustedSeed`, answers are re-marked with
    /// that seed rather than the one each line names, so editing a log's seed gains nothing.
    public init(student: String, events: [AttemptEvent], catalog: LessonCatalog, trustedSeed: UInt64? = nil) {
        self.student = student
        let lessons = Dictionary(catalog.lessons.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byLesson = Dictionary(grouping: events.filter { $0.student == student || $0.student.isEmpty }, by: \.lesson)
        for (id, events) in byLesson {
            guard let lesson = lessons[id] else { continue }
            let attempts = Dictionary(grouping: events, by: \.attempt)
            var outcomes: [String: [ExerciseRecord]] = [:]
            for number in attempts.keys.sorted() {
                let record = LessonRecord(replaying: attempts[number] ?? [], of: lesson, seed: trustedSeed)
                for (exercise, entry) in record.exercises { outcomes[exercise, default: []].append(entry) }
                self.lessons[id] = record
            }
            history[id] = outcomes
        }
    }

    public subscript(lesson id: String) -> LessonRecord {
        get { lessons[id] ?? LessonRecord() }
        set { lessons[id] = newValue }
    }
}

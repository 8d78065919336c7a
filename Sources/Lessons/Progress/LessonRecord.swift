/// Where a student is in one attempt at a lesson and how its exercises went.
public struct LessonRecord: Sendable, Equatable {
    /// 1 for the first attempt; `:restart` begins the next.
    public var attempt = 1
    /// The step to resume at, counted from 0, always within the lesson.
    public var step = 0
    /// Whether the student reached the end.
    public var finished = false
    /// By exercise id.
    public var exercises: [String: ExerciseRecord] = [:]

    public init() {}

    /// Replays one attempt's events, re-marking each answer against `lesson` with `seed`,
    /// or with the seed each answer was logged with.
    public init(replaying events: [AttemptEvent], of lesson: Lesson, seed trusted: UInt64? = nil) {
        for event in events {
            attempt = event.attempt
            switch event.event {
            case .start, .restart:
                break
            case .step:
                if let step = event.step, lesson.steps.indices.contains(step) { self.step = step }
            case .finish:
                finished = true
            case .hint:
                guard let id = event.exercise, let hints = event.hints, lesson.exercise(id: id) != nil else { continue }
                let count = max(0, min(hints, lesson.exercise(id: id)?.hints.count ?? 0))
                exercises[id, default: ExerciseRecord()].hintsSeen = max(exercises[id]?.hintsSeen ?? 0, count)
            case .skip:
                guard let id = event.exercise, lesson.exercise(id: id) != nil else { continue }
                if exercises[id]?.isClosed != true { exercises[id, default: ExerciseRecord()].outcome = .skipped }
            case .answer:
                guard let id = event.exercise, let exercise = lesson.exercise(id: id), let answer = event.answer,
                      let seed = trusted ?? event.seed.flatMap(UInt64.init), exercises[id]?.isClosed != true else { continue }
                let instance = ExerciseInstance(exercise: exercise, lessonID: lesson.id, seed: seed, shared: lesson.constants)
                let verdict = AnswerChecker(instance: instance, seed: seed).check(answer)
                exercises[id, default: ExerciseRecord()].mark(verdict)
            }
        }
    }

    public subscript(exercise id: String) -> ExerciseRecord {
        get { exercises[id] ?? ExerciseRecord() }
        set { exercises[id] = newValue }
    }

    /// Exercises of `lesson` answered correctly.
    public func solved(in lesson: Lesson) -> Int {
        lesson.exercises.count { exercises[$0.id]?.outcome == .correct }
    }
}

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

/// One exercise's tries and outcome within one attempt at its lesson.
public struct ExerciseRecord: Sendable, Equatable {
    public enum Outcome: String, Sendable, Comparable {
        case open, skipped, revealed, correct

        /// How good an outcome is, for "best": correct beats revealed and skipped, which beat open.
        var rank: Int {
            switch self {
            case .open: 0
            case .skipped: 1
            case .revealed: 2
            case .correct: 3
            }
        }

        public static func < (a: Outcome, b: Outcome) -> Bool { a.rank < b.rank }
    }

    /// Answers that were marked.
    public var tries = 0
    public var hintsSeen = 0
    public var outcome = Outcome.open

    public init(tries: Int = 0, hintsSeen: Int = 0, outcome: Outcome = .open) {
        self.tries = tries
        self.hintsSeen = hintsSeen
        self.outcome = outcome
    }

    /// How many tries an exercise allows before the answer is shown.
    public static let triesAllowed = 3

    /// Counts a marked answer: correct closes the exercise, the third wrong one reveals it.
    public mutating func mark(_ verdict: Verdict) {
        guard verdict.countsAsTry, !isClosed else { return }
        tries += 1
        if verdict.isCorrect {
            outcome = .correct
        } else if tries >= Self.triesAllowed {
            outcome = .revealed
        }
    }

    /// Whether the student may move past it: answered, shown after three tries, or skipped.
    public var isClosed: Bool { outcome != .open }

    /// `correct (1 try)`, `revealed (3 tries, 1 hint)`.
    public var summary: String {
        let tries = tries == 1 ? "1 try" : "\(tries) tries"
        let hints = hintsSeen == 0 ? "" : hintsSeen == 1 ? ", 1 hint" : ", \(hintsSeen) hints"
        return "\(outcome.rawValue) (\(tries)\(hints))"
    }
}

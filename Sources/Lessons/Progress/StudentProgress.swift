/// A student's record across lessons: where they are in each, and how each exercise went.
///
/// Saved as JSON by ``ProgressStore``; `format` marks the file as ours, so a foreign
/// JSON file is set aside rather than misread.
public struct StudentProgress: Codable, Sendable, Equatable {
    public static let currentFormat = "descent-progress-1"

    public var format = StudentProgress.currentFormat
    /// The student's name, which also seeds their constants unless `--seed` is given.
    public var student: String
    /// By lesson id (`01-gradients`).
    public var lessons: [String: LessonRecord] = [:]

    public init(student: String) {
        self.student = student
    }

    public subscript(lesson id: String) -> LessonRecord {
        get { lessons[id] ?? LessonRecord() }
        set { lessons[id] = newValue }
    }
}

/// Where a student is in one lesson and how its exercises went.
public struct LessonRecord: Codable, Sendable, Equatable {
    /// The step to resume at, counted from 0.
    public var step = 0
    /// How many steps the lesson had when this was saved.
    public var steps = 0
    /// Whether the student reached the end.
    public var finished = false
    /// By exercise number, as text for JSON ("1", "2" …).
    public var exercises: [String: ExerciseRecord] = [:]

    public init() {}

    public subscript(exercise number: Int) -> ExerciseRecord {
        get { exercises[String(number)] ?? ExerciseRecord() }
        set { exercises[String(number)] = newValue }
    }

    /// Exercises answered correctly.
    public var solved: Int { exercises.values.count { $0.outcome == .correct } }
}

/// One exercise's tries and outcome.
public struct ExerciseRecord: Codable, Sendable, Equatable {
    public enum Outcome: String, Codable, Sendable {
        case open, correct, revealed, skipped
    }

    /// Answers that parsed and were marked.
    public var tries = 0
    public var hintsSeen = 0
    public var outcome = Outcome.open

    public init(tries: Int = 0, hintsSeen: Int = 0, outcome: Outcome = .open) {
        self.tries = tries
        self.hintsSeen = hintsSeen
        self.outcome = outcome
    }

    /// Whether the student may move past it: answered, shown after three tries, or skipped.
    public var isClosed: Bool { outcome != .open }
}

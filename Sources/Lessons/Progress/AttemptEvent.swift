/// One line of a student's attempt log: something the student did in a lesson.
///
/// The log is JSON Lines, one event per line, only ever appended to (see `Lessons/README.md`):
/// ```
/// {"attempt":1,"event":"answer","exercise":"power-rule","lesson":"01-gradients","answer":"6x", …}
/// ```
/// `verdict` is written for people reading the log; reports never trust it, they re-mark
/// `answer` against the lesson.
public struct AttemptEvent: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// The student opened the lesson (or resumed it).
        case start
        /// The student moved to `step` (counted from 0).
        case step
        /// An answer to `exercise`, with the question, seed, constants and verdict.
        case answer
        /// A hint was shown; `hints` is how many so far.
        case hint
        /// `:skip`: the answer was shown without being earned.
        case skip
        /// `:restart`: a new attempt at the lesson begins; earlier ones are kept.
        case restart
        /// The student reached the end of the lesson.
        case finish
    }

    /// ISO 8601, UTC, stamped when the line is written.
    public var time: String
    public var student: String
    /// The lesson's id (its file name without `.md`) and file name.
    public var lesson: String
    public var file: String
    public var event: Kind
    /// 1 for the first attempt at the lesson, one more after each `:restart`.
    public var attempt: Int
    public var step: Int?
    public var exercise: String?
    public var question: String?
    /// The seed the constants were drawn with, as decimal text (JSON readers lose 64-bit integers).
    public var seed: String?
    public var constants: [String: Double]?
    /// For a choice: the options' order as shown (indices into the order written in the lesson).
    public var choices: [Int]?
    public var answer: String?
    public var verdict: String?
    public var hints: Int?

    public init(lesson: String, file: String, event: Kind, attempt: Int) {
        self.time = ""
        self.student = ""
        self.lesson = lesson
        self.file = file
        self.event = event
        self.attempt = attempt
    }
}

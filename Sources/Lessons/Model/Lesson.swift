import Kernel

/// A chapter: a title and the steps a student goes through, read from a Markdown file.
public struct Lesson: Sendable, Equatable {
    /// A stable name for progress records: the file name without `.md` (`01-gradients`).
    public var id: String
    /// The first `# ` heading.
    public var title: String
    /// Where the lesson came from, for `FILE:LINE` messages.
    public var file: String
    public var steps: [Step]
    /// Constants drawn once per student for the whole lesson (front matter `constants:`),
    /// shared by every exercise, so "the same start w = {w0}" means the same w0.
    public var constants: [ConstantRule] = []
    /// Whether diff, grad, hessian, taylor, simplify and eval are off during exercises
    /// (front matter `exam: true`, or `--exam`).
    public var exam = false

    public init(id: String, title: String, file: String, steps: [Step]) {
        self.id = id
        self.title = title
        self.file = file
        self.steps = steps
    }

    /// The exercise with this id.
    public func exercise(id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }

    /// The exercises in order; an exercise's number is its index here plus one.
    public var exercises: [Exercise] {
        steps.compactMap { if case .exercise(let exercise) = $0.content { exercise } else { nil } }
    }

    /// How many `descent` blocks the lesson runs.
    public var cellCount: Int {
        steps.count { if case .cells = $0.content { true } else { false } }
    }
}

/// Prose followed by what the student does with it: cells to run, an exercise, or nothing.
public struct Step: Sendable, Equatable {
    /// Markdown prose shown before the content, as written (wrapped when shown).
    public var prose: String
    public var content: Content
    /// The line of the content block (or of the prose when there is none).
    public var line: Int

    public enum Content: Sendable, Equatable {
        /// A ```` ```descent ```` block: one or more cells run in order.
        case cells([CellReader.Entry])
        case exercise(Exercise)
        /// Prose only, such as a closing paragraph.
        case none
    }

    public init(prose: String, content: Content, line: Int) {
        self.prose = prose
        self.content = content
        self.line = line
    }
}

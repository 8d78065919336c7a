import Kernel
import Testing
@testable import Lessons

/// `solution:`: the reasoning shown once the answer is revealed (after the last try or on
/// `:skip`) and in the teacher's key; an exercise without one is a warning of `lesson check`.
@Suite struct SolutionFieldTests {
    static let text = """
    # Tiny

    ```exercise
    id: power
    question: What is the derivative of {a}·x²?
    answer: 2*a*x
    constants: a = 3..3
    solution: The power rule brings the 2 down: 2·{a}·x = {2*a}x.
    ```

    ```exercise
    id: bare
    question: What is 1 + 1?
    answer: 2
    ```
    """

    static func lesson() throws -> Lesson {
        try LessonFile(name: "01-tiny.md", text: text).lesson()
    }

    static func text(_ reply: PlayerReply) -> String {
        reply.text(renderer: TextRenderer(settings: Settings()))
    }

    @Test func readsTheSolutionWithItsPlaceholders() throws {
        let exercise = try #require(try Self.lesson().exercise(id: "power"))
        #expect(exercise.solution == "The power rule brings the 2 down: 2·{a}·x = {2*a}x.")
        let instance = ExerciseInstance(exercise: exercise, lessonID: "01-tiny", seed: 1)
        #expect(instance.solution == "The power rule brings the 2 down: 2·3·x = 6x.")
    }

    @Test func skipShowsTheAnswerThenTheReasoning() throws {
        var player = LessonPlayer(lesson: try Self.lesson(), chapter: 1, session: Session(), seed: 1)
        _ = player.start()
        #expect(Self.text(player.handle(":skip")) == "The answer is 6x.\nWhy: The power rule brings the 2 down: 2·3·x = 6x.")
    }

    @Test func theLastWrongTryShowsTheReasoningAndARightAnswerDoesNot() throws {
        var player = LessonPlayer(lesson: try Self.lesson(), chapter: 1, session: Session(), seed: 1)
        _ = player.start()
        _ = player.handle("5x")
        _ = player.handle("4x")
        #expect(Self.text(player.handle("x")).hasSuffix("The answer is 6x.\nWhy: The power rule brings the 2 down: 2·3·x = 6x."))
        var another = LessonPlayer(lesson: try Self.lesson(), chapter: 1, session: Session(), seed: 1)
        _ = another.start()
        #expect(!Self.text(another.handle("6x")).contains("Why:"))
    }

    @Test func anExerciseWithoutASolutionIsAWarningNotAProblem() throws {
        let file = try LessonFile(name: "01-tiny.md", text: Self.text)
        #expect(LessonChecker().problems(in: file).isEmpty)
        let warnings = LessonChecker().warnings(in: file)
        #expect(warnings.map(\.line) == [11])
        #expect(warnings.first?.message.hasPrefix("warning: exercise 2 has no 'solution:'") == true)
    }

    @Test func theKeyShowsTheReasoning() throws {
        let text = LessonPrinter(settings: Settings(), seed: 1, key: true).text(of: try Self.lesson(), chapter: 1)
        #expect(text.contains("Answer: 6x (a = 3)\nWhy: The power rule brings the 2 down: 2·3·x = 6x."))
    }
}

import Kernel
import Testing
@testable import Lessons

/// Exercises answered from notebook cells (`:answer K …`, `:hint K`, `:skip K`): the same
/// marking, feedback, tries and logged events as at the terminal's answer prompt.
@Suite struct NotebookAnswerTests {
    static let text = """
    # Notebook

    ```descent
    w = 5
    ```

    ```exercise
    id: step
    question: One step of lr = 0.1 on (w − 3)² from w = {w0}: where is w?
    answer: w0 - 0.2*(w0 - 3)
    constants: w0 = 4..6
    hint: The gradient is 2(w − 3).
    hint: Subtract 0.1 times it.
    ```

    Some prose between.

    ```exercise
    id: slope
    question: Derivative of x³?
    answer: 3*x^2
    ```
    """

    static func player() throws -> LessonPlayer {
        let lesson = try LessonFile(name: "01-notebook.md", text: text).lesson()
        var player = LessonPlayer(lesson: lesson, chapter: 1, session: Session(), seed: 7)
        _ = player.openForNotebook()
        return player
    }

    /// The reply on one line per block, so messages compare whole.
    static func text(_ reply: PlayerReply) -> String {
        var settings = Settings()
        settings.width = 1000
        return reply.text(renderer: TextRenderer(settings: settings))
    }

    @Test func openingLogsTheStartAndSaysHowToAnswer() throws {
        let lesson = try LessonFile(name: "01-notebook.md", text: Self.text).lesson()
        var player = LessonPlayer(lesson: lesson, chapter: 1, session: Session(), seed: 7)
        let opening = Self.text(player.openForNotebook())
        #expect(opening.contains("It has 2 exercises"))
        #expect(opening.contains(":answer K ANSWER"))
        #expect(player.takeEvents().map(\.event) == [.start])
    }

    @Test func aCorrectAnswerIsMarkedAndLoggedWithTheStudentsConstants() throws {
        var player = try Self.player()
        _ = player.takeEvents()
        let instance = try #require(ExerciseInstance(exercise: player.lesson.exercises[0], lessonID: "01-notebook", seed: 7).constants["w0"])
        let right = instance - 0.2 * (instance - 3)
        let reply = Self.text(player.answer(exercise: 1, "\(right)"))
        #expect(reply.hasSuffix("✓ Correct."))
        let events = player.takeEvents()
        #expect(events.map(\.event) == [.step, .answer])
        #expect(events[0].step == 1)
        #expect(events[1].exercise == "step")
        #expect(events[1].seed == "7")
        #expect(events[1].constants == ["w0": instance])
        #expect(events[1].verdict == "correct")
        #expect(player.record[exercise: "step"].outcome == .correct)
    }

    @Test func wrongAnswersNameTheNotebookCommandsAndTheThirdRevealsTheAnswer() throws {
        var player = try Self.player()
        #expect(Self.text(player.answer(exercise: 2, "3x")).hasSuffix("2 tries left; :hint 2 for a hint, :skip 2 to see the answer."))
        _ = player.answer(exercise: 2, "x^2")
        #expect(Self.text(player.answer(exercise: 2, "x")).contains("The answer is 3x²."))
        #expect(Self.text(player.answer(exercise: 2, "3x^2")) == "Exercise 2 is closed: its answer was shown after 3 tries. Answers to it are no longer marked.")
        #expect(player.record[exercise: "slope"] == ExerciseRecord(tries: 3, outcome: .revealed))
    }

    @Test func hintsComeOneByOneAndAreLogged() throws {
        var player = try Self.player()
        _ = player.takeEvents()
        #expect(Self.text(player.hint(exercise: 1)) == "hint: The gradient is 2(w − 3).")
        #expect(Self.text(player.hint(exercise: 1)) == "hint: Subtract 0.1 times it.")
        #expect(Self.text(player.hint(exercise: 1)) == "No more hints; :skip 1 shows the answer.")
        #expect(player.takeEvents().filter { $0.event == .hint }.map(\.hints) == [1, 2])
    }

    @Test func closingEveryExerciseFinishesTheChapterOnce() throws {
        var player = try Self.player()
        #expect(Self.text(player.skip(exercise: 1)).hasPrefix("The answer is "))
        let last = Self.text(player.answer(exercise: 2, "3x^2"))
        #expect(last.hasSuffix("That was the last open exercise of chapter 1: 1 of 2 solved."))
        #expect(player.record.finished)
        #expect(player.takeEvents().filter { $0.event == .finish }.count == 1)
        #expect(Self.text(player.answer(exercise: 2, "3x^2")) == "Chapter 1 is finished; run `:lesson 1` to start a new attempt.")
    }

    @Test func reopeningAFinishedChapterStartsANewAttempt() throws {
        var player = try Self.player()
        _ = player.skip(exercise: 1)
        _ = player.skip(exercise: 2)
        var reopened = LessonPlayer(lesson: player.lesson, chapter: 1, session: Session(), seed: 7, record: player.record)
        #expect(Self.text(reopened.openForNotebook()).hasPrefix("You finished this chapter before; your answers now count toward attempt 2."))
        #expect(reopened.takeEvents().map(\.event) == [.restart, .start])
        #expect(reopened.record.attempt == 2)
    }

    @Test(arguments: [
        (3, "2", "Chapter 1 has exercises 1 to 2; there is no exercise 3."),
        (1, "", "Exercise 1: put your answer after `:answer 1` and run this cell again."),
        (1, "w = 4.6", "An answer is a value, so nothing was assigned; to set a variable, use a cell of its own."),
        (2, "diff(x^3, x)", "That is a calculation to run, not an answer: run it in a cell of its own, then put what it gives after `:answer 2` (not counted as a try)."),
    ])
    func answersThatAreNotMarkedSayWhyAndCostNoTry(number: Int, answer: String, message: String) throws {
        var player = try Self.player()
        #expect(Self.text(player.answer(exercise: number, answer)) == message)
        #expect(player.record.exercises.values.allSatisfy { $0.tries == 0 })
        #expect(!player.takeEvents().contains { $0.event == .answer })
    }
}

import Foundation
import Kernel
import Testing
@testable import Lessons

/// What a line typed at an exercise's answer prompt does: answers are marked, assignments
/// change nothing, unclosed brackets are errors, exam mode turns the calculus off, and
/// every event reaches the log.
@Suite struct AnswerPromptTests {
    static let text = """
    # Prompt

    ```descent
    w = 5
    ```

    ```exercise
    id: step
    question: One step of lr = 0.1 on (w − 3)² from w = 5: where is w?
    answer: 4.6
    hint: The gradient is 2(w − 3).
    ```

    ```exercise
    id: slope
    question: Derivative of x³?
    answer: 3*x^2
    ```
    """

    static func player(exam: Bool = false) throws -> LessonPlayer {
        let lesson = try LessonFile(name: "01-prompt.md", text: text).lesson()
        var player = LessonPlayer(lesson: lesson, chapter: 1, session: Session(), seed: 1, exam: exam)
        _ = player.start()
        _ = player.handle("")
        _ = player.handle("")
        return player
    }

    static func text(_ reply: PlayerReply) -> String {
        reply.text(renderer: TextRenderer(settings: Settings()))
    }

    @Test func anAssignmentIsRefusedAndChangesNothing() throws {
        var player = try Self.player()
        #expect(player.isAnswering)
        #expect(Self.text(player.handle("w = 5.2")) == "This is an answer prompt, so nothing was assigned; to run it as a cell, type\n`:cell w = 5.2`.")
        #expect(Self.text(player.handle("f(x) = x^2")).hasPrefix("This is an answer prompt"))
        #expect(player.session.execute("w").output.map { TextRenderer(settings: Settings()).render($0) } == "5")
        #expect(player.record[exercise: "step"].tries == 0)
    }

    @Test func anUnclosedBracketIsAnErrorWithACaretAndNoTry() throws {
        var player = try Self.player()
        let reply = Self.text(player.handle("2(w-6"))
        #expect(reply.contains("^"))
        #expect(reply.hasSuffix("(not counted as a try)"))
        #expect(player.record[exercise: "step"].tries == 0)
    }

    @Test func typingTheLessonVariableInsteadOfComputingIsRefused() throws {
        var player = try Self.player()
        #expect(Self.text(player.handle("w - 0.1*2*(w-3)")).contains("Compute it: w = 5 here. (not counted as a try)"))
        #expect(Self.text(player.handle("4.6")).hasSuffix("✓ Correct."))
    }

    @Test(arguments: ["diff((w-3)^2, w)", "grad(x^2)", "hessian(x^2)", "taylor(exp(x), x, 0, 2)", "simplify(x + x)", "eval(x, x = 1)"])
    func examModeTurnsTheCalculusOffDuringExercises(cell: String) throws {
        var exam = try Self.player(exam: true)
        #expect(Self.text(exam.handle(cell)).hasPrefix("Exam mode: "))
        #expect(Self.text(exam.handle(":cell " + cell)).hasPrefix("Exam mode: "))
        var open = try Self.player()
        #expect(!Self.text(open.handle(cell)).hasPrefix("Exam mode"))
    }

    @Test func examModeComesFromTheLessonToo() throws {
        let lesson = try LessonFile(name: "e.md", text: "---\nexam: true\n---\n" + Self.text).lesson()
        #expect(lesson.exam)
        var player = LessonPlayer(lesson: lesson, chapter: 1, session: Session(), seed: 1)
        #expect(player.exam)
        #expect(Self.text(player.start()).hasPrefix("Exam mode: diff, grad, hessian, taylor, simplify and eval are off during\nexercises."))
    }

    @Test func everyEventReachesTheLogWithWhatAReportNeeds() throws {
        var player = try Self.player()
        _ = player.takeEvents()
        _ = player.handle(":hint")
        _ = player.handle("4.5")
        let events = player.takeEvents()
        #expect(events.map(\.event) == [.hint, .answer])
        let answer = try #require(events.last)
        #expect(answer.exercise == "step" && answer.answer == "4.5" && answer.verdict == "wrong" && answer.seed == "1")
        #expect(answer.question?.hasPrefix("One step of lr = 0.1") == true)
        #expect(answer.hints == 1)
        _ = player.handle(":restart")
        #expect(player.takeEvents().last?.event == .restart)
        #expect(player.record.attempt == 2)
    }
}

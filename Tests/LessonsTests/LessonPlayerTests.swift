import Kernel
import Testing
@testable import Lessons

@Suite struct LessonPlayerTests {
    static let text = """
    # Tiny

    Define a weight.

    ```descent
    w = 5
    w - 2
    ```

    ```exercise
    id: cubic
    question: What is the derivative of x³ + x?
    answer: 3*x^2 + 1
    hint: Term by term.
    wrong: 3*x^2 => The derivative of x is 1.
    ```

    The end.
    """

    static func player() throws -> LessonPlayer {
        let lesson = try LessonFile(name: "01-tiny.md", text: text).lesson()
        return LessonPlayer(lesson: lesson, chapter: 1, session: Session(), seed: 1)
    }

    static func text(_ reply: PlayerReply) -> String {
        reply.text(renderer: TextRenderer(settings: Settings()))
    }

    @Test func showsProgressProseAndTheCellThenRunsItOnEnter() throws {
        var player = try Self.player()
        #expect(Self.text(player.start()) == "── Chapter 1 · Tiny · step 1 of 3 ──\nDefine a weight.\n  ▶ w = 5\n  ▶ w - 2")
        let run = player.handle("")
        #expect(Self.text(run) == "    3")
        #expect(run.prompt == "[⏎ next] » ")
        #expect(Self.text(player.handle("w * 2")) == "    10")
        #expect(Self.text(player.handle("")) == "── Chapter 1 · Tiny · step 2 of 3 ──\nExercise: What is the derivative of x³ + x?")
        #expect(player.handle("").blocks.count == 1)
        #expect(player.position == 1)
    }

    @Test func marksAnswersGivesHintsAndShowsTheAnswerAfterThreeTries() throws {
        var player = try Self.player()
        _ = player.start()
        _ = player.handle(":next")
        #expect(Self.text(player.handle(":hint")) == "hint: Term by term.")
        #expect(Self.text(player.handle(":hint")) == "No more hints; :skip shows the answer.")
        #expect(Self.text(player.handle("3x^2")) == "read as: 3x²\n✗ The derivative of x is 1.\n2 tries left; :hint for a hint, :skip to see the answer.")
        #expect(Self.text(player.handle("3x^2 +")).hasSuffix("(not counted as a try)"))
        _ = player.handle("x^3")
        let third = Self.text(player.handle("x"))
        #expect(third.hasSuffix("The answer is 3x² + 1."))
        #expect(player.record[exercise: "cubic"] == ExerciseRecord(tries: 3, hintsSeen: 1, outcome: .revealed))
        #expect(player.handle("").blocks.first.map { if case .status = $0 { true } else { false } } == true)
    }

    @Test func cellsTypedDuringAnExerciseRunWithoutCountingAsTries() throws {
        var player = try Self.player()
        _ = player.start()
        _ = player.handle(":next")
        #expect(Self.text(player.handle("diff(x^3 + x, x)")) == "    3x² + 1")
        #expect(Self.text(player.handle("g = 2")) == "This is an answer prompt, so nothing was assigned; to run it as a cell, type\n`:cell g = 2`.")
        #expect(player.session.variables["g"] == nil)
        #expect(Self.text(player.handle(":cell g = 2")) == "")
        #expect(player.session.variables["g"] != nil)
        #expect(Self.text(player.handle("x^3")).hasPrefix("read as:"))
        #expect(player.record[exercise: "cubic"].tries == 1)
    }

    @Test func acceptsACorrectAnswerAndFinishes() throws {
        var player = try Self.player()
        _ = player.start()
        _ = player.handle(":next")
        #expect(Self.text(player.handle("1 + 3*x*x")) == "read as: 1 + 3x·x\n✓ Correct.")
        _ = player.handle("")
        let end = player.handle("")
        #expect(end.ended)
        #expect(Self.text(end).contains("Exercises solved: 1 of 1."))
        #expect(player.record.finished)
    }

    @Test func backRestartAndQuit() throws {
        var player = try Self.player()
        _ = player.start()
        #expect(Self.text(player.handle(":back")) == "This is the first step.")
        _ = player.handle(":next")
        _ = player.handle(":skip")
        #expect(player.record[exercise: "cubic"].outcome == .skipped)
        #expect(Self.text(player.handle(":back")).contains("step 1 of 3"))
        let restart = player.handle(":restart")
        #expect(Self.text(restart).hasPrefix("Starting chapter 1 again (attempt 2)"))
        #expect(player.record[exercise: "cubic"].outcome == .open)
        #expect(player.record.attempt == 2)
        #expect(player.session.variables.isEmpty)
        let quit = player.handle(":quit")
        #expect(quit.ended)
    }

    @Test func resumingReplaysEarlierCellsSoTheirVariablesExist() throws {
        let lesson = try LessonFile(name: "01-tiny.md", text: Self.text).lesson()
        var record = LessonRecord()
        record.step = 1
        let session = Session()
        var player = LessonPlayer(lesson: lesson, chapter: 1, session: session, seed: 1, record: record)
        #expect(Self.text(player.start()).hasPrefix("Resuming at step 2 of 3."))
        #expect(session.variables["w"] != nil)
    }
}

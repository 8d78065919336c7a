import Foundation
import Testing

/// A lesson followed in the REPL on a real terminal: run a cell, answer wrong and right,
/// ask a hint, quit, and resume at the same step next time.
@Suite("Lessons on a terminal")
struct LessonOnTerminalTests {
    static let lesson = """
    # Slopes

    The slope of a line.

    ```descent
    f(x) = 3*x + 1
    diff(f(x), x)
    ```

    ```exercise
    id: square
    question: What is the derivative of x^2?
    answer: 2*x
    hint: Bring the exponent down.
    wrong: x => The exponent comes down as a factor.
    ```
    """

    private func lessonFolder(in home: borrowing TemporaryDirectory) throws -> String {
        let folder = home.url.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.lesson.write(to: folder.appendingPathComponent("01-slopes.md"), atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test func aStudentRunsACellAnswersAndResumesWhereTheyLeft() throws {
        let home = try TemporaryDirectory()
        let environment = ["DESCENT_LESSONS": try lessonFolder(in: home)]

        let first = try PseudoTerminal(["lesson", "1"], home: home.url, environment: environment)
        try first.expect("Chapter 1 · Slopes · step 1 of 2")
        try first.expect("[⏎ run] » ")
        first.type("\r")
        try first.expect("3")
        try first.expect("[⏎ next] » ")
        first.type("f(10)\r")
        try first.expect("31")
        first.type("\r")
        try first.expect("Exercise: What is the derivative of x^2?")
        try first.expect("answer » ")
        first.type("x\r")
        try first.expect("read as: x")
        try first.expect("The exponent comes down as a factor.")
        first.type(":hint\r")
        try first.expect("hint: Bring the exponent down.")
        first.type(":quit\r")
        try first.expect("Saved at step 2 of 2")
        #expect(try first.waitForExit() == 0)

        let second = try PseudoTerminal(["lesson", "1"], home: home.url, environment: environment)
        try second.expect("Resuming at step 2 of 2")
        try second.expect("answer » ")
        second.type("2x\r")
        try second.expect("read as: 2x")
        try second.expect("✓ Correct.")
        second.type(":quit\r")
        #expect(try second.waitForExit() == 0)

        let third = try PseudoTerminal(home: home.url, environment: environment)
        try third.expect("In [1]: ")
        third.type(":lessons\r")
        try third.expect("1 of 1 exercises")
        third.type(":quit\r")
        #expect(try third.waitForExit() == 0)
    }

    @Test func lessonsCompleteChapterNamesAfterTheLessonCommand() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url, environment: ["DESCENT_LESSONS": try lessonFolder(in: home)])
        try terminal.expect("In [1]: ")
        terminal.type(":lesson sl\t")
        try terminal.expect(":lesson slopes")
        terminal.type("\r")
        try terminal.expect("Chapter 1 · Slopes")
    }

    /// A graded lab: alice and bob follow the lesson in one data folder, alice restarts,
    /// bob quits and resumes, and `descent grade` over both logs re-marks every answer.
    @Test func twoStudentsFollowALessonAndTheTeacherGradesTheirLogs() throws {
        let home = try TemporaryDirectory()
        let lessons = try lessonFolder(in: home)
        let environment = ["DESCENT_LESSONS": lessons]

        let alice = try PseudoTerminal(["lesson", "1", "--name", "alice"], home: home.url, environment: environment)
        try alice.expect("[⏎ run] » ")
        alice.type("\u{3}")
        try alice.expect("nothing was run")
        try alice.expect("[⏎ run] » ")
        alice.type("\r")
        try alice.expect("3")
        alice.type("\r")
        try alice.expect("answer » ")
        alice.type("x = 2\r")
        try alice.expect("nothing was assigned; to run it as a cell, type `:cell x = 2`")
        alice.type("2(x\r")
        try alice.expect("(not counted as a try)")
        alice.type("x\r")
        try alice.expect("2 tries left")
        alice.type(":restart\r")
        try alice.expect("attempt 2")
        alice.type("\r")
        try alice.expect("[⏎ next] » ")
        alice.type("\r")
        try alice.expect("answer » ")
        alice.type("2x\r")
        try alice.expect("✓ Correct.")
        alice.type(":quit\r")
        #expect(try alice.waitForExit() == 0)

        let bob = try PseudoTerminal(["lesson", "1", "--name", "bob"], home: home.url, environment: environment)
        try bob.expect("step 1 of 2")
        bob.type("\r")
        try bob.expect("[⏎ next] » ")
        bob.type("\r")
        try bob.expect("answer » ")
        bob.type("x\r")
        try bob.expect("2 tries left")
        bob.type(":quit\r")
        #expect(try bob.waitForExit() == 0)

        let resumed = try PseudoTerminal(["lesson", "1", "--name", "bob"], home: home.url, environment: environment)
        try resumed.expect("Resuming at step 2 of 2")
        resumed.type("2*x\r")
        try resumed.expect("✓ Correct.")
        resumed.type(":quit\r")
        #expect(try resumed.waitForExit() == 0)

        let logs = home.url.appendingPathComponent("data/descent/logs")
        #expect(try FileManager.default.contentsOfDirectory(atPath: logs.path).sorted() == ["alice.jsonl", "bob.jsonl"])
        let expectedRows = [
            "student exercise first best last tries hints",
            "alice 1.1 square open correct correct 2 0",
            "bob 1.1 square correct correct correct 2 0",
            "alice: 1 of 1 exercises solved (0 in the first attempt, 1 without hints)",
            "bob: 1 of 1 exercises solved (1 in the first attempt, 1 without hints)",
        ]
        let rows = try grade(logs: logs.path, lessons: lessons, home: home)
        #expect(rows == expectedRows, "\(rows)")

        // A student who edits their log's verdicts gains nothing: answers are re-marked.
        let aliceLog = logs.appendingPathComponent("alice.jsonl")
        let edited = try String(contentsOf: aliceLog, encoding: .utf8)
            .replacingOccurrences(of: "\"verdict\":\"wrong\"", with: "\"verdict\":\"correct\"")
        #expect(edited.contains("\"verdict\":\"correct\""))
        try edited.write(to: aliceLog, atomically: true, encoding: .utf8)
        #expect(try grade(logs: logs.path, lessons: lessons, home: home) == expectedRows)
    }

    /// `descent grade`'s lines with runs of spaces collapsed.
    private func grade(logs: String, lessons: String, home: borrowing TemporaryDirectory) throws -> [String] {
        let grade = try PseudoTerminal(["grade", logs, "--dir", lessons], home: home.url)
        #expect(try grade.waitForExit() == 0)
        return grade.screen.split(whereSeparator: \.isNewline)
            .map { $0.split(separator: " ").joined(separator: " ") }
            .filter { !$0.isEmpty }
    }
}

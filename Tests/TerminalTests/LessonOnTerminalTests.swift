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
}

import Foundation
import Testing

/// A lesson on a coloured terminal: its emphasis painted by the REPL, while escape sequences
/// written in the lesson file or typed by the student are shown as `\e`, never obeyed.
@Suite("Lesson escapes on a terminal")
struct LessonEscapesOnTerminalTests {
    static let lesson = """
    # Titles

    A **bold** claim, \u{1B}[5mblinking\u{1B}[0m and a title change \u{1B}]2;PWN\u{07} in the prose.

    ```exercise
    id: square
    question: What is the derivative of x^2?
    answer: 2*x
    ```
    """

    @Test func proseIsPaintedAndEscapesFromTheFileAndTheKeyboardAreShownEscaped() throws {
        let home = try TemporaryDirectory()
        let folder = home.url.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.lesson.write(to: folder.appendingPathComponent("01-titles.md"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(["lesson", "1"], home: home.url,
                                          environment: ["DESCENT_LESSONS": folder.path, "NO_COLOR": ""])
        try terminal.expect("answer » ")
        // Ctrl-V makes readline insert the next key, here ESC, into the line as it is.
        terminal.type("x\u{16}\u{1B}[7m\r")
        try terminal.expect("(not counted as a try)")
        terminal.type(":quit\r")
        #expect(try terminal.waitForExit() == 0)
        let raw = String(decoding: terminal.raw, as: UTF8.self)
        #expect(raw.contains("A \u{1B}[1mbold\u{1B}[0m claim"))
        #expect(raw.contains("\\e[5mblinking\\e[0m and a title change \\e]2;PWN\\a in"))
        #expect(raw.contains("x\\e[7m"))
        for sequence in ["\u{1B}[5m", "\u{1B}[7m", "\u{1B}]2;"] { #expect(!raw.contains(sequence)) }
    }
}

import Kernel
import Language
import MarkdownText
import Testing
@testable import Lessons

/// A reply's emphasis travels as styled runs, and control characters from a lesson file or a
/// keyboard are shown escaped rather than obeyed by the terminal.
@Suite struct StyledReplyTests {
    static let renderer = TextRenderer(settings: Settings())

    struct Case: CustomTestStringConvertible, Sendable {
        var markdown: String
        var runs: [StyledText.Run]
        var testDescription: String { markdown }
    }

    /// A run of prose in `emphasis`, or plain.
    static func run(_ text: String, _ emphasis: StyledText.Emphasis? = nil) -> StyledText.Run {
        StyledText.Run(text: text, style: emphasis.map { .emphasis($0) })
    }

    @Test(arguments: [
        Case(markdown: "Some **bold** text.", runs: [run("Some "), run("bold", .bold), run(" text.")]),
        Case(markdown: "An *italic* word.", runs: [run("An "), run("italic", .italic), run(" word.")]),
        Case(markdown: "Call `grad(f)`.", runs: [run("Call "), run("grad(f)", .code), run(".")]),
        Case(markdown: "**Two words** and `two words`",
             runs: [run("Two words", .bold), run(" and "), run("two", .code), run(" "), run("words", .code)]),
        Case(markdown: "***Both***", runs: [run("Both", [.bold, .italic])]),
        Case(markdown: "> A quote", runs: [run("│ ", .frame), run("A quote")]),
        Case(markdown: "- An item", runs: [run("• ", .frame), run("An item")]),
    ])
    func proseEmphasisComesOutAsEmphasisRuns(_ example: Case) {
        let styled = ProseWrapper(width: 60, styled: true).wrap(example.markdown)
        #expect(styled.runs == example.runs)
        let document = MarkdownDocument(parsing: example.markdown)
        #expect(styled.plain == TerminalMarkdown(width: 60, styled: true).text(document))
    }

    @Test func withoutColourInlineCodeKeepsItsBackticksInItsRun() {
        let styled = ProseWrapper(width: 60, styled: false).wrap("Call `grad(f)`.")
        #expect(styled.runs == [Self.run("Call "), Self.run("`grad(f)`", .code), Self.run(".")])
    }

    @Test func aProseBlockShowsItsRunsAndItsTextIsTheirPlainText() {
        let markdown = "Some **bold**, *italic* and `code`, and a quote:\n\n> **Note** that it wraps at thirty columns."
        let prose = ProseWrapper(width: 30, styled: true).wrap(markdown)
        let reply = PlayerReply(blocks: [.prose(prose), .question("Why?")], prompt: "")
        let styled = reply.styled(renderer: Self.renderer)
        #expect(styled.plain == reply.text(renderer: Self.renderer))
        #expect(styled.plain == """
            Some bold, italic and code,
            and a quote:

            │ Note that it wraps at thirty
            │ columns.

            Exercise: Why?
            """)
        let emphasised = styled.runs.filter { $0.style != nil }.map(\.text)
        #expect(emphasised == ["bold", "italic", "code", "│ ", "Note", "│ "])
    }

    @Test func anOutputKeepsItsRunsBehindTheIndent() {
        let output = PlayerBlock.output(.list([.number(3), .number(0.5)]), failed: false)
        let runs = output.styled(renderer: Self.renderer).runs
        #expect(runs.map(\.text) == ["    [", "3", ", ", "0.5", "]"])
        #expect(runs.map(\.style) == [nil, .number, nil, .number, nil])
    }

    @Test func aMultilineOutputIsIndentedOnEveryLineButEmptyOnes() {
        let styled = PlayerBlock.indented(StyledText("a\n\nb", style: .dim))
        #expect(styled.plain == "    a\n\n    b")
        #expect(styled.runs.filter { $0.style == .dim }.map(\.text) == ["a", "b"])
    }

    static let lessonWithEscape = """
    # Escapes

    Prose with \u{1B}[31mred\u{1B}[0m and a \u{1B}]2;title\u{07} in it.

    ```exercise
    id: square
    question: What is the derivative of x^2?
    answer: 2*x
    ```
    """

    @Test func aRawEscapeInLessonProseIsShownEscaped() throws {
        let lesson = try LessonFile(name: "01-escapes.md", text: Self.lessonWithEscape).lesson()
        var player = LessonPlayer(lesson: lesson, chapter: 1, session: Session(), seed: 1)
        let styled = player.start().styled(renderer: Self.renderer)
        #expect(!styled.plain.unicodeScalars.contains("\u{1B}"))
        #expect(!styled.plain.unicodeScalars.contains("\u{07}"))
        #expect(styled.plain.contains("Prose with \\e[31mred\\e[0m and a \\e]2;title\\a in it."))
    }

    @Test(arguments: ["x\u{1B}[31m", "\u{1B}]2;PWN\u{07}2*x", "2*x\u{1B}"])
    func anEscapeTypedAtTheAnswerPromptIsShownEscaped(answer: String) throws {
        let lesson = try LessonFile(name: "01-escapes.md", text: Self.lessonWithEscape).lesson()
        var player = LessonPlayer(lesson: lesson, chapter: 1, session: Session(), seed: 1)
        _ = player.start()
        #expect(player.prompt == "answer » ")
        let styled = player.handle(answer).styled(renderer: Self.renderer)
        #expect(!styled.plain.isEmpty)
        #expect(!styled.plain.unicodeScalars.contains("\u{1B}"))
        #expect(!styled.plain.unicodeScalars.contains("\u{07}"))
        #expect(styled.plain.contains("\\e"))
    }
}

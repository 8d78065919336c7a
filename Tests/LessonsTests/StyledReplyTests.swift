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

    @Test(arguments: [
        Case(markdown: "Some **bold** text.",
             runs: [.init(text: "Some ", style: nil), .init(text: "bold", style: .emphasis(.bold)), .init(text: " text.", style: nil)]),
        Case(markdown: "An *italic* word.",
             runs: [.init(text: "An ", style: nil), .init(text: "italic", style: .emphasis(.italic)), .init(text: " word.", style: nil)]),
        Case(markdown: "Call `grad(f)`.",
             runs: [.init(text: "Call ", style: nil), .init(text: "grad(f)", style: .emphasis(.code)), .init(text: ".", style: nil)]),
        Case(markdown: "**Two words** and `two words`",
             runs: [.init(text: "Two words", style: .emphasis(.bold)), .init(text: " and ", style: nil), .init(text: "two", style: .emphasis(.code)),
                    .init(text: " ", style: nil), .init(text: "words", style: .emphasis(.code))]),
        Case(markdown: "***Both***",
             runs: [.init(text: "Both", style: .emphasis([.bold, .italic]))]),
        Case(markdown: "> A quote",
             runs: [.init(text: "│ ", style: .emphasis(.frame)), .init(text: "A quote", style: nil)]),
    ])
    func proseEmphasisComesOutAsEmphasisRuns(_ example: Case) {
        let styled = ProseWrapper(width: 60, styled: true).wrap(example.markdown)
        #expect(styled.runs == example.runs)
        #expect(styled.plain == TerminalMarkdown(width: 60, styled: true).text(MarkdownDocument(parsing: example.markdown)))
    }

    @Test func aProseBlockShowsItsRunsAndItsTextIsTheirPlainText() {
        let prose = ProseWrapper(width: 30, styled: true).wrap("Some **bold**, *italic* and `code`, and a quote:\n\n> **Note** that it wraps at thirty columns.")
        let reply = PlayerReply(blocks: [.prose(prose), .question("Why?")], prompt: "")
        let styled = reply.styled(renderer: Self.renderer)
        #expect(styled.plain == reply.text(renderer: Self.renderer))
        #expect(styled.plain == "Some bold, italic and code,\nand a quote:\n\n│ Note that it wraps at thirty\n│ columns.\n\nExercise: Why?")
        #expect(styled.runs.filter { $0.style != nil }.map(\.text) == ["bold", "italic", "code", "│ ", "Note", "│ "])
    }

    @Test func anOutputKeepsItsRunsBehindTheIndent() {
        let styled = PlayerBlock.output(.list([.number(3), .number(0.5)]), failed: false).styled(renderer: Self.renderer)
        #expect(styled.runs == [.init(text: "    [", style: nil), .init(text: "3", style: .number), .init(text: ", ", style: nil),
                                .init(text: "0.5", style: .number), .init(text: "]", style: nil)])
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

import Kernel
import Lessons
import Testing
@testable import Terminal

/// Lesson prose painted from its runs: a coloured terminal gets the attributes it always got
/// (bold 1, italic 3, code 36, frame 2, each run reset with 0), and colour off gets plain text.
/// Words in one emphasis share one run, so a bold phrase is set once, not word by word.
@Suite struct ColouredProseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var markdown: String
        var painted: String
        var testDescription: String { markdown }
    }

    @Test(arguments: [
        Case(markdown: "Some **bold**, *italic* and `code`.",
             painted: "Some \u{1B}[1mbold\u{1B}[0m, \u{1B}[3mitalic\u{1B}[0m and \u{1B}[36mcode\u{1B}[0m."),
        Case(markdown: "***Both*** and **`code`**", painted: "\u{1B}[1;3mBoth\u{1B}[0m and \u{1B}[1;36mcode\u{1B}[0m"),
        Case(markdown: "**two bold** words", painted: "\u{1B}[1mtwo bold\u{1B}[0m words"),
        Case(markdown: "> quoted", painted: "\u{1B}[2m│ \u{1B}[0mquoted"),
        Case(markdown: "- item", painted: "\u{1B}[2m• \u{1B}[0mitem"),
        Case(markdown: "## Title", painted: "\u{1B}[1mTitle\u{1B}[0m\n\u{1B}[2m─────\u{1B}[0m"),
    ])
    func proseRunsArePaintedWithTheAttributesOfEachEmphasis(_ example: Case) {
        let prose = ProseWrapper(width: 60, styled: true).wrap(example.markdown)
        let reply = PlayerReply(blocks: [.prose(prose)], prompt: "")
        let styled = reply.styled(renderer: TextRenderer(settings: Settings()))
        #expect(Palette(isEnabled: true).paint(styled) == example.painted)
        #expect(Palette(isEnabled: false).paint(styled) == styled.plain)
    }
}

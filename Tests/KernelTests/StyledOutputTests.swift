import Kernel
import Language
import Testing

@Suite struct StyledOutputTests {
    @Test(arguments: ["sin(x", "1 +* 2", "diff(x^2, 3)", "\u{1B}[2J(1"])
    func anErrorNamesItsPartsAndReadsAsTheTerminalTextWithoutThem(_ cell: String) throws {
        let session = Session()
        let result = session.execute(cell)
        let output = try #require(result.output)
        #expect(result.failed)
        let renderer = TextRenderer(settings: session.settings)
        let styled = renderer.styled(output)
        #expect(styled.plain == renderer.render(output))
        #expect(styled.runs.first == StyledText.Run(text: "error:", style: .error))
        for run in styled.runs where run.style == .caret {
            #expect(run.text.allSatisfy { $0 == " " || $0 == "^" })
        }
        for run in styled.runs where run.style == .hint {
            #expect(run.text.hasPrefix("hint: "))
        }
        #expect(!styled.plain.contains("\u{1B}"))
    }

    @Test func aResultIsOneUnstyledRun() {
        let session = Session()
        let output = session.execute("diff(x^3, x)").output!
        let styled = TextRenderer(settings: session.settings).styled(output)
        #expect(styled.runs.count == 1)
        #expect(styled.runs.first?.style == nil)
    }
}

import Language
import Testing
@testable import Terminal

@Suite struct PaletteTests {
    let colour = Palette(isEnabled: true)

    @Test func withoutColourTextIsUnchanged() {
        let plain = Palette(isEnabled: false)
        var numbers = StyledText("2.5", style: .number)
        numbers.append("x + ")
        numbers.append("1", .number)
        #expect(plain.paint(numbers) == "2.5x + 1")
        let oops = Diagnostic("oops", range: SourceRange(2, 3)).styled(cell: "1/")
        #expect(plain.paint(oops) == "error: oops\n  1/\n   ^")
        #expect(plain.paintPrompt("In [", .prompt) == "In [")
    }

    @Test func numberRunsAreCyan() {
        var text = StyledText("x1 + ")
        text.append("2.5e-3", .number)
        text.append(" + ")
        text.append("inf", .number)
        #expect(colour.paint(text) == "x1 + \u{1B}[36m2.5e-3\u{1B}[0m + \u{1B}[36minf\u{1B}[0m")
    }

    @Test func promptEscapesAreHiddenFromReadline() {
        #expect(colour.paintPrompt("In", .prompt) == "\u{1}\u{1B}[32m\u{2}In\u{1}\u{1B}[0m\u{2}")
    }

    @Test func errorsColourTheWordErrorTheCaretsAndTheHint() {
        let error = Diagnostic("expected ')'", range: SourceRange(6, 7), hint: "close it").styled(cell: "sin(x")
        let painted = colour.paint(error)
        #expect(painted == "\u{1B}[1;31merror:\u{1B}[0m expected ')'\n  sin(x\n\u{1B}[31m       ^\u{1B}[0m\n\u{1B}[33mhint: close it\u{1B}[0m")
    }
}

import Testing
@testable import Terminal

@Suite struct PromptTests {
    @Test(arguments: [(1, "In [1]: ", "   ...: "), (12, "In [12]: ", "    ...: ")])
    func continuationLinesAlignUnderTheInputPrompt(number: Int, input: String, continuation: String) {
        let prompt = Prompt(number: number, palette: Palette(isEnabled: false))
        #expect(prompt.input == input)
        #expect(prompt.continuation == continuation)
        #expect(prompt.continuation.count == prompt.input.count)
    }

    @Test func aResultOfSeveralLinesStartsUnderItsLabel() {
        let prompt = Prompt(number: 3, palette: Palette(isEnabled: false))
        #expect(prompt.output("x²") == "Out[3]: x²")
        #expect(prompt.output("a\nb") == "Out[3]:\na\nb")
    }
}

import Testing
@testable import Terminal

@Suite struct ColorPolicyTests {
    @Test func colourOnlyOnATerminalThatAllowsIt() {
        #expect(ColorPolicy.enabled(flagDisabled: false, outputIsTerminal: true, environment: ["TERM": "xterm"]))
        #expect(!ColorPolicy.enabled(flagDisabled: false, outputIsTerminal: false, environment: ["TERM": "xterm"]))
        #expect(!ColorPolicy.enabled(flagDisabled: true, outputIsTerminal: true, environment: ["TERM": "xterm"]))
        #expect(!ColorPolicy.enabled(flagDisabled: false, outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!ColorPolicy.enabled(flagDisabled: false, outputIsTerminal: true, environment: ["TERM": "dumb"]))
        #expect(ColorPolicy.enabled(flagDisabled: false, outputIsTerminal: false, environment: ["FORCE_COLOR": "1"]))
    }
}

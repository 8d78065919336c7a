import Foundation
import Testing

@Suite("print on a terminal")
struct PrintOnTerminalTests {
    @Test func printShowsAPlainLineWithoutAnOutLabel() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("print(\"slope\", 2)\r")
        let shown = try terminal.expect("In [2]: ")
        #expect(shown.contains("slope 2"))
        #expect(!shown.contains("Out["))
    }
}

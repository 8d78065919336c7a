import Foundation
import Testing

/// The REPL as a student meets it: the real `descent` binary on a pseudo-terminal.
@Suite("REPL on a terminal")
struct REPLOnTerminalTests {
    @Test func typingACellShowsItsResultUnderOutWithTheCellNumber() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("diff(sin(x)^2, x)\r")
        try terminal.expect("Out[1]: 2·sin(x)·cos(x)")
        try terminal.expect("In [2]: ")
        terminal.type("_ + Out[1]\r")
        try terminal.expect("Out[2]: 4·sin(x)·cos(x)")
    }

    @Test func theBannerNamesTheVersionHelpAndTheFirstLesson() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        let banner = try terminal.expect("In [1]: ")
        #expect(banner.hasPrefix("Descent "))
        #expect(banner.contains(":help"))
        #expect(banner.contains(":lessons"))
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func quitCommandExitsWithStatusZero() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type(":quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func historyFromAnEarlierRunComesBackWithTheUpArrow() throws {
        let home = try TemporaryDirectory()
        let first = try PseudoTerminal(home: home.url)
        try first.expect("In [1]: ")
        for (number, cell) in ["3*7", "3*7", "2^10"].enumerated() {
            first.type(cell + "\r")
            try first.expect("In [\(number + 2)]: ")
        }
        first.type("\u{4}")
        #expect(try first.waitForExit() == 0)

        let file = home.url.appendingPathComponent("data/descent/history")
        #expect(try String(contentsOf: file, encoding: .utf8) == "3*7\n2^10\n")

        let second = try PseudoTerminal(home: home.url)
        try second.expect("In [1]: ")
        second.type("\u{1B}[A\u{1B}[A\r")
        try second.expect("Out[1]: 21")
    }

    @Test func tabCompletesBuiltInFunctions() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("si\t\t")
        let listing = try terminal.expect("sinh")
        #expect(listing.contains("sigmoid"))
        #expect(listing.contains("simplify"))
        terminal.type("mp\tx + x)\r")
        try terminal.expect("Out[1]: 2x")
    }

    @Test func tabCompletesTheSessionsNamesAndCommands() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("rate = 0.25\r")
        try terminal.expect("In [2]: ")
        terminal.type("ra\t * 4\r")
        try terminal.expect("Out[2]: 1")
        terminal.type(":va\t\r")
        try terminal.expect("rate = 0.25")
    }

    @Test func anOpenBracketContinuesOnTheNextLine() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("[1,\r")
        try terminal.expect("   ...: ")
        terminal.type("2]\r")
        try terminal.expect("Out[1]: [1, 2]")
    }

    @Test func aTrailingBackslashContinuesOnTheNextLine() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("1 + \\\r")
        try terminal.expect("...: ")
        terminal.type("2\r")
        try terminal.expect("Out[1]: 3")
    }

    @Test func ctrlCAtThePromptClearsTheLine() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("1+2")
        try terminal.expect("1+2")
        terminal.type("\u{3}")
        try terminal.expect("^C")
        try terminal.expect("In [1]: ")
        terminal.type("5\r")
        try terminal.expect("Out[1]: 5")
    }

    @Test func ctrlCAtAContinuationPromptAbandonsTheWholeCell() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("sin(\r")
        try terminal.expect("...: ")
        terminal.type("\u{3}")
        try terminal.expect("In [1]: ")
        terminal.type("7\r")
        try terminal.expect("Out[1]: 7")
    }

    @Test func ctrlCDuringALongComputationStopsItAndKeepsTheSession() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("a = 5\r")
        try terminal.expect("In [2]: ")
        // Far more work than the second before the progress line shows, on any machine: the line
        // is the event that says the computation is under way.
        terminal.type("sgd(sin(x)^2 + cos(x)^4 + log(1 + x^2) + tanh(x)^2, x = 1, steps = 100000000, tol = 0)\r")
        try terminal.expect("steps/s")
        terminal.type("\u{3}")
        try terminal.expect("interrupted")
        try terminal.expect("In [3]: ")
        terminal.type("a + 1\r")
        try terminal.expect("Out[3]: 6")
    }

    @Test func anUnknownCommandSuggestsTheNearest() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type(":hlep\r")
        try terminal.expect("unknown command ':hlep' (did you mean ':help'?)")
    }

    @Test func savedCellsReplayWithDescentRunToTheSameResults() throws {
        let home = try TemporaryDirectory()
        let file = home.url.appendingPathComponent("session.txt")
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        for (number, cell) in ["f(x) = x^3", "1/", "diff(f(x), x)", "Out[3] * 2"].enumerated() {
            terminal.type(cell + "\r")
            try terminal.expect("In [\(number + 2)]: ")
        }
        #expect(terminal.screen.contains("Out[4]: 6x²"))
        terminal.type(":save \(file.path)\r")
        try terminal.expect("Saved 3 cells")
        terminal.type(":quit\r")
        _ = try terminal.waitForExit()

        let replay = try DescentProcess.run(["run", file.path])
        #expect(replay.status == 0)
        #expect(replay.standardOutput == "3x²\n6x²\n")
    }

    @Test func loadRunsAFilesCellsInThisSession() throws {
        let home = try TemporaryDirectory()
        let file = home.url.appendingPathComponent("cells.txt")
        try "a = 3\n# a comment\na^2\n".write(to: file, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type(":load \(file.path)\r")
        try terminal.expect("In [1]: a = 3")
        try terminal.expect("Out[2]: 9")
        try terminal.expect("In [3]: ")
        terminal.type("a\r")
        try terminal.expect("Out[3]: 3")
    }

    @Test(arguments: [
        (["--no-color"], [:]), ([], ["NO_COLOR": "1"]), ([], ["TERM": "dumb"]),
    ] as [([String], [String: String])])
    func noColourWhenAskedOrOnADumbTerminal(arguments: [String], environment: [String: String]) throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(arguments, home: home.url, environment: ["NO_COLOR": ""].merging(environment) { $1 })
        try terminal.expect("In [1]: ")
        terminal.type("1/0 + \r")
        try terminal.expect("error:")
        try terminal.expect("In [2]: ")
        #expect(!String(decoding: terminal.raw, as: UTF8.self).contains("\u{1B}[3"))
    }

    @Test func colourOnACapableTerminal() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url, environment: ["NO_COLOR": ""])
        try terminal.expect("In [1]: ")
        terminal.type("0.5\r")
        try terminal.expect("In [2]: ")
        let raw = String(decoding: terminal.raw, as: UTF8.self)
        #expect(raw.contains("\u{1B}[32mIn ["))
        #expect(raw.contains("\u{1B}[36m0.5\u{1B}[0m"))
    }

    @Test func theWidthFollowsTheTerminalUnlessGiven() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url, columns: 90)
        try terminal.expect("In [1]: ")
        terminal.type(":set\r")
        try terminal.expect("width 90,")
        try terminal.expect("In [1]: ")
        terminal.resize(columns: 120, rows: 40)
        // Readline redraws the prompt once it has taken in the new size.
        try terminal.expect("In [1]: ")
        terminal.type(":set\r")
        try terminal.expect("width 120,")

        let fixed = try PseudoTerminal(["--width", "60"], home: home.url, columns: 90)
        try fixed.expect("In [1]: ")
        fixed.resize(columns: 120, rows: 40)
        fixed.type(":set\r")
        try fixed.expect("width 60,")
    }
}

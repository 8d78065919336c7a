import Foundation
import Testing

/// What a careless paste, a hostile file or a huge result does to the REPL: nothing bad.
@Suite("REPL hardening")
struct REPLHardeningTests {
    @Test func aBracketedPasteOfThreeLinesRunsThreeCells() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("\u{1B}[200~a = 2\rb = a + 1\ra * b\u{1B}[201~\r")
        try terminal.expect("In [2]: b = a + 1")
        try terminal.expect("In [3]: a * b")
        try terminal.expect("Out[3]: 6")
        try terminal.expect("In [4]: ")
        #expect(!terminal.screen.contains("error"))
    }

    @Test func loadingAFileShowsItsControlCharactersEscaped() throws {
        let home = try TemporaryDirectory()
        let file = home.url.appendingPathComponent("title.txt")
        try Data("\"\u{1B}]2;PWN\u{7}\"\n".utf8).write(to: file)
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type(":load \(file.path)\r")
        try terminal.expect("Out[1]: \\e]2;PWN\\a")
        try terminal.expect("In [2]: ")
        #expect(!String(decoding: terminal.raw, as: UTF8.self).contains("\u{1B}]2;PWN"))
    }

    @Test func saveOntoANamedPipeIsRefusedAndThePipeStays() throws {
        let home = try TemporaryDirectory()
        let pipe = home.url.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("1 + 1\r")
        try terminal.expect("In [2]: ")
        terminal.type(":save \(pipe)\r")
        try terminal.expect("is a named pipe (FIFO), not a regular file")
        try terminal.expect("In [2]: ")
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func saveThroughASymbolicLinkWritesItsTargetAndKeepsTheMode() throws {
        let home = try TemporaryDirectory()
        let target = home.url.appendingPathComponent("cells.txt")
        try Data("old\n".utf8).write(to: target)
        chmod(target.path, 0o600)
        let link = home.url.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type("3 * 7\r")
        try terminal.expect("In [2]: ")
        terminal.type(":save \(link.path)\r")
        try terminal.expect("Saved 1 cell")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasSuffix("3 * 7\n"))
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aResultOverTheLimitIsSummarisedAndTheLimitCanBeRaised() throws {
        let home = try TemporaryDirectory()
        let terminal = try PseudoTerminal(home: home.url)
        try terminal.expect("In [1]: ")
        terminal.type(":set maxoutput 50\r")
        try terminal.expect("maxoutput 50")
        terminal.type("expand((x + y + 1)^6)\r")
        try terminal.expect("Out[1]: (a result of ")
        try terminal.expect(":set maxoutput 0")
        terminal.type(":set maxoutput 0\r")
        try terminal.expect("maxoutput none")
        terminal.type("_\r")
        try terminal.expect("Out[2]: x⁶")
    }
}

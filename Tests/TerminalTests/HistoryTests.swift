import Foundation
import Testing
@testable import Terminal

@Suite struct HistoryTests {
    @Test func theFileLivesUnderXDGDataHomeOrTheHomeDirectory() {
        #expect(History.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/descent/history")
        #expect(History.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/descent/history")
        #expect(History.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/descent/history")
        #expect(History.defaultPath(environment: [:]) == nil)
    }

    @Test func aLineRepeatingThePreviousOneOrBlankIsNotRecorded() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("new/history").path
        var history = History(path: path)
        let added = ["x^2", "x^2", "   ", "x^3", "x^2"].map { history.record($0) }
        #expect(added == [true, false, false, true, true])
        #expect(History(path: path).entries == ["x^2", "x^3", "x^2"])
    }

    @Test func theHistoryKeepsOnlyTheLastLimitLines() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("history").path
        var history = History(path: path, limit: 3)
        for number in 1...8 { history.record("\(number)") }
        #expect(history.entries == ["6", "7", "8"])
        #expect(History(path: path, limit: 3).entries == ["6", "7", "8"])
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count <= 6)
        _ = History(path: path, limit: 3)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "6\n7\n8\n")
    }

    @Test func withoutAFileTheHistoryStillWorksInMemory() {
        var history = History(path: nil)
        history.record("1")
        #expect(history.entries == ["1"])
    }
}

@Suite struct HistoryTailTests {
    @Test func aHugeHistoryFileIsReadFromItsEndAndTrimmed() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("history").path
        let junk = String(repeating: "y", count: 3 * 1024 * 1024)
        try (junk + "\n" + (1...50).map { "cell \($0)\n" }.joined()).write(toFile: path, atomically: true, encoding: .utf8)
        let history = History(path: path, limit: 10)
        #expect(history.entries == (41...50).map { "cell \($0)" })
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (41...50).map { "cell \($0)\n" }.joined())
    }

    @Test(arguments: [(lines: 3, expected: "c\nd\ne\n"), (lines: 10, expected: "a\nb\nc\nd\ne\n")])
    func theTailHoldsTheLastLines(lines: Int, expected: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("history").path
        try "a\nb\nc\nd\ne\n".write(toFile: path, atomically: true, encoding: .utf8)
        let tail = try #require(History.tail(of: path, lines: lines, bytes: 1000))
        #expect(String(decoding: tail.bytes, as: UTF8.self) == expected)
        #expect(tail.isWhole == (lines > 5))
    }
}

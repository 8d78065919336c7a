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

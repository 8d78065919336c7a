import Foundation
import Testing

/// `descent -e` with colour forced: plots in their series colours from styled runs, every
/// other result plain, and escape codes from user text shown escaped.
@Suite struct BatchColourTests {
    @Test func onlyAPlotsSeriesAndAxesAreColoured() throws {
        let cells = ["-e", "2.5x", "-e", "plot([x, -x], x = -1..1, height = 4)", "-e", "sinn(1)"]
        let result = try DescentProcess.run(cells, environment: ["FORCE_COLOR": "1"])
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "2.5x")
        for code in ["34", "31", "2"] { #expect(result.standardOutput.contains("\u{1B}[\(code)m"), "SGR \(code)") }
        #expect(!result.standardOutput.contains("\u{1B}[36m"), "numerals stay plain in a batch run")
        #expect(!result.standardError.contains("\u{1B}["), "errors stay plain in a batch run")
    }

    @Test func aTitleEscapeCodeIsShownEscapedWhileTheSeriesStayColoured() throws {
        let cell = "plot([x, -x], x = 0..1, title = \"\u{1B}]2;PWN\u{07}\u{1B}[31mred\", height = 4)"
        let result = try DescentProcess.run(["-e", cell], environment: ["FORCE_COLOR": "1"])
        #expect(result.standardOutput.contains("\\e]2;PWN\\a\\e[31mred"))
        #expect(!result.standardOutput.contains("\u{1B}]") && !result.standardOutput.contains("\u{1B}[31mred"))
        #expect(result.standardOutput.contains("\u{1B}[34m") && result.standardOutput.contains("\u{1B}[31m"))
    }
}

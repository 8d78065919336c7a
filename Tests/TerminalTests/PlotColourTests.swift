import Foundation
import Kernel
import Language
import Plotting
import Testing
@testable import Terminal

/// A plot on a colour terminal: its series painted from styled runs, user text escaped.
@Suite struct PlotColourTests {
    /// The colour golden files of the plotting tests, recorded when plots wrote their own
    /// escape codes: the terminal must receive the same bytes from the styled runs.
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("PlottingTests/Golden")

    @Test(arguments: [CanvasKind.braille, .ascii])
    func aColouredPlotReachesTheTerminalWithTheBytesOfItsGolden(canvas: CanvasKind) throws {
        var settings = Settings()
        settings.color = true
        settings.width = 72
        settings.style = canvas == .ascii ? .ascii : .unicode
        let plot = LinePlot([.function("sin(x)", { sin($0) }), .function("cos(x)", { cos($0) })], x: Interval(-3, 3))
        let painted = Palette(isEnabled: true).paint(TextRenderer(settings: settings).styled(.plot(.line(plot))))
        let file = Self.goldens.appendingPathComponent("line-colour-\(canvas).txt")
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(painted + "\n" == golden)
    }

    @Test func aTitleWithAnEscapeCodeIsShownEscapedWhileTheSeriesKeepTheirColours() throws {
        var settings = Settings()
        settings.color = true
        let session = Session(settings: settings)
        let cell = "plot([x, -x, 2x], x = 0..1, title = \"\u{1B}[2J\u{1B}[31mred\", height = 4)"
        let output = try #require(session.execute(cell).output)
        let painted = Palette(isEnabled: true).paint(TextRenderer(settings: session.settings).styled(output))
        #expect(painted.contains("\\e[2J\\e[31mred"))
        #expect(!painted.contains("\u{1B}[2J") && !painted.contains("\u{1B}[31mred"))
        for code in ["34", "31", "32"] { #expect(painted.contains("\u{1B}[\(code)m"), "series colour \(code)") }
        let escapes = painted.components(separatedBy: "\u{1B}[").count - 1
        let resets = painted.components(separatedBy: "\u{1B}[0m").count - 1
        #expect(resets > 0 && escapes == 2 * resets, "each coloured run opens one colour and resets it")
    }
}

import Foundation
import Plotting
import Testing

@Suite struct SVGAxisTitleTests {
    static func svg(_ plot: Plot) throws -> String {
        try #require(SVGRenderer(options: RenderOptions(width: 72, height: 16)).svg(of: plot))
    }

    @Test func aLinePlotNamesItsVariableUnderTheXAxis() throws {
        var plot = LinePlot([.function("sin(t)", { sin($0) })], x: Interval(0, 6))
        plot.axisTitles = AxisTitles(x: "t")
        let svg = try Self.svg(.line(plot))
        #expect(svg.contains("class=\"x-title\">t</text>"))
        #expect(!svg.contains("y-title"))
        #expect(SVGReading(svg).isWellFormed)
    }

    @Test func aContourPlotNamesBothVariables() throws {
        var plot = ContourPlot({ a, b in a * a + b * b }, x: Interval(-1, 1), y: Interval(-1, 1), levels: .linear,
                               paths: [], title: "bowl")
        plot.axisTitles = AxisTitles(x: "a", y: "b")
        let svg = try Self.svg(.contour(plot))
        #expect(svg.contains("class=\"x-title\">a</text>"))
        #expect(svg.contains("class=\"y-title\">b</text>"))
        #expect(SVGReading(svg).isWellFormed)
    }

    @Test func theXTitlePushesTheLegendDownRatherThanOverlappingIt() throws {
        let plain = LinePlot([.function("sin(t)", { sin($0) })], x: Interval(0, 6))
        var titled = plain
        titled.axisTitles = AxisTitles(x: "t")
        let height = { (svg: String) -> String? in
            svg.firstRange(of: #/height="([0-9.]+)"/#).map { String(svg[$0]) }
        }
        #expect(height(try Self.svg(.line(plain))) != height(try Self.svg(.line(titled))))
    }

    @Test func withoutTitlesTheSVGHasNoAxisTitles() throws {
        let svg = try Self.svg(.line(LinePlot([.function("x", { $0 })], x: Interval(0, 1))))
        #expect(!svg.contains("x-title"))
        #expect(!svg.contains("y-title"))
    }
}

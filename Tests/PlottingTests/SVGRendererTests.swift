import Foundation
import Testing
@testable import Plotting

@Suite("SVG plots")
struct SVGRendererTests {
    struct Sample: CustomStringConvertible, Sendable {
        var description: String
        var plot: LinePlot
    }

    static let samples: [Sample] = [
        Sample(description: "sin on -6..6", plot: LinePlot([.function("sin(x)", { sin($0) })], x: Interval(-6, 6), title: "y = sin(x)")),
        Sample(description: "a pole (1/x)", plot: LinePlot([.function("1/x", { 1 / $0 })], x: Interval(-2, 2))),
        Sample(description: "a fixed y range cutting the curve", plot: LinePlot([.function("x^3", { $0 * $0 * $0 })], x: Interval(-3, 3), y: Interval(-2, 2))),
        Sample(description: "log y", plot: LinePlot([.line("loss", points: (1...50).map { (Double($0), 100 * pow(0.8, Double($0))) })], logY: true)),
        Sample(description: "scatter with a line", plot: LinePlot([
            .scatter("data", points: [(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)]), .function("fit", { 0.6 * $0 + 2.2 }),
        ])),
        Sample(description: "large values", plot: LinePlot([.function("e^x", { exp($0) })], x: Interval(0, 30))),
    ]

    static let options = [RenderOptions(), RenderOptions(width: 60, canvas: .ascii)]

    @Test(arguments: samples, options)
    func theSVGIsWellFormedXML(_ sample: Sample, options: RenderOptions) throws {
        let svg = try #require(SVGRenderer(options: options).svg(of: .line(sample.plot)))
        #expect(SVGReading(svg).isWellFormed)
    }

    @Test(arguments: samples, options)
    func everySeriesPointLiesInsideThePlotArea(_ sample: Sample, options: RenderOptions) throws {
        let reading = SVGReading(try #require(SVGRenderer(options: options).svg(of: .line(sample.plot))))
        let frame = try #require(reading.frame)
        #expect(!reading.seriesPoints.isEmpty)
        for point in reading.seriesPoints {
            #expect((frame.left...frame.right).contains(point.x) && (frame.top...frame.bottom).contains(point.y),
                    "(\(point.x), \(point.y)) lies outside the plot area")
        }
    }

    @Test(arguments: samples, options)
    func tickLabelsAreTheTerminals(_ sample: Sample, options: RenderOptions) throws {
        let reading = SVGReading(try #require(SVGRenderer(options: options).svg(of: .line(sample.plot))))
        let text = TerminalTicks(sample.plot.render(options), canvas: options.canvas)
        #expect(Array(reading.yTicks.reversed()) == text.y, "y ticks, bottom to top in SVG, top to bottom in text")
        #expect(reading.xTicks == text.x)
    }

    @Test func contourTickLabelsAreTheTerminals() throws {
        let plot = ContourPlot({ x, y in x * x + 3 * y * y }, x: Interval(-2, 2), y: Interval(-1, 3), paths: [.init("descent", points: [(1.5, 2), (1, 1), (0.3, 0.2), (0, 0)])])
        let reading = SVGReading(try #require(SVGRenderer().svg(of: .contour(plot))))
        let text = TerminalTicks(plot.render(RenderOptions()), canvas: .braille)
        #expect(reading.isWellFormed)
        #expect(Array(reading.yTicks.reversed()) == text.y, "y ticks, bottom to top in SVG, top to bottom in text")
        #expect(reading.xTicks == text.x)
        let frame = try #require(reading.frame)
        for point in reading.seriesPoints {
            #expect((frame.left...frame.right).contains(point.x) && (frame.top...frame.bottom).contains(point.y))
        }
    }

    @Test func aPlotWithNothingToDrawHasNoSVG() {
        #expect(SVGRenderer().svg(of: .line(LinePlot([.function("nan", { _ in .nan })], x: Interval(0, 1)))) == nil)
        #expect(SVGRenderer().svg(of: .bars(BarChart([]))) == nil)
    }

    @Test func goldenFiles() throws {
        let renderer = SVGRenderer()
        Golden.check("svg-line-several", svg: try #require(renderer.svg(of: .line(LinePlot(
            [.function("x^2", { $0 * $0 }), .function("2x", { 2 * $0 }), .function("x^3/3", { $0 * $0 * $0 / 3 })],
            x: Interval(-2, 2), title: "f, f' and an antiderivative")))))
        Golden.check("svg-scatter", svg: try #require(renderer.svg(of: .line(Self.samples[4].plot))))
        Golden.check("svg-contour", svg: try #require(renderer.svg(of: .contour(ContourPlot(
            { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }, x: Interval(-2, 2), y: Interval(-1, 3),
            levels: .logarithmic, paths: [.init("gd", points: [(-1.2, 1), (-1, 0.9), (0, 0), (0.8, 0.6), (1, 1)])], title: "Rosenbrock")))))
        Golden.check("svg-bars-log", svg: try #require(renderer.svg(of: .bars(BarChart(
            [.init("0.001", 0.52), .init("0.01", 1.4), .init("0.1", 0.02)], scale: .logarithmic, title: "final loss")))))
    }
}

/// The tick labels of a terminal plot, read off its text: y labels left of `┤` (or `+`),
/// x labels on the line under the bottom border.
struct TerminalTicks {
    var x: [String] = []
    var y: [String] = []

    init(_ lines: [String], canvas: CanvasKind) {
        let (tick, corner): (Character, Character) = canvas == .braille ? ("┤", "└") : ("+", "+")
        guard let bottom = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces).first == corner }) else { return }
        for line in lines[..<bottom] {
            guard let index = line.firstIndex(of: tick) else { continue }
            let label = line[..<index].trimmingCharacters(in: .whitespaces)
            if !label.isEmpty { y.append(label) }
        }
        if bottom + 1 < lines.count {
            x = lines[bottom + 1].split(separator: " ").map(String.init)
        }
    }
}

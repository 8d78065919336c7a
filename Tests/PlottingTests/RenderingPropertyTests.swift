import Foundation
import Testing

@testable import Plotting

@Suite("Properties of every renderable")
struct RenderingPropertyTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var name: String
        var renderable: any TextRenderable
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "sin", renderable: LinePlot([.function("sin", { sin($0) })], x: Interval(-6, 6), title: "sin")),
        Sample(name: "ten series", renderable: LinePlot(
            (0..<10).map { k in .function("s\(k)", { sin($0 + Double(k) / 3) }) }, x: Interval(-3, 3))),
        Sample(name: "scatter", renderable: LinePlot([.scatter("pts", points: [(0, 1), (1, 3), (2, 2)])])),
        Sample(name: "log y", renderable: LinePlot([.function("exp", { exp($0) })], x: Interval(-5, 5), logY: true)),
        Sample(name: "contour", renderable: ContourPlot(
            { x, y in x * x + y * y }, x: Interval(-1, 1), y: Interval(-1, 1),
            paths: [.init("p", points: [(-0.9, 0.9), (0, 0)])])),
        Sample(name: "bars", renderable: BarChart([.init("a", 1), .init("bb", 0.25), .init("ccc", -0.5)])),
        Sample(name: "table", renderable: Table(header: ["n", "v"], rows: [[1, 0.5], [10, "x"], [100, 1e-9]])),
    ]

    static let options: [RenderOptions] = [
        RenderOptions(width: 80), RenderOptions(width: 40, canvas: .ascii),
        RenderOptions(width: 100, color: true), RenderOptions(width: 50, canvas: .ascii, color: true),
    ]

    @Test("every line has the same display width, within the requested width", arguments: samples)
    func sameWidth(sample: Sample) {
        for options in Self.options {
            let lines = sample.renderable.render(options)
            let widths = Set(lines.map(\.displayWidth))
            #expect(widths.count == 1, "widths \(widths.sorted()) at width \(options.width)")
            #expect((widths.max() ?? 0) <= options.width)
        }
    }

    @Test("rendering twice gives byte-identical output", arguments: samples)
    func deterministic(sample: Sample) {
        for options in Self.options {
            #expect(sample.renderable.render(options) == sample.renderable.render(options))
        }
    }

    @Test("a large contour with a long path fills exactly the width asked for")
    func largeContour() {
        let contour = ContourPlot(
            { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) },
            x: Interval(-2, 2), y: Interval(-1, 3), levels: .logarithmic,
            paths: [.init("p", points: (0..<500).map { (x: -2 + Double($0) / 125, y: sin(Double($0) / 50)) })])
        let lines = contour.render(RenderOptions(width: 200, height: 50))
        #expect(lines.count > 50)
        #expect(Set(lines.map(\.displayWidth)) == [200])
    }
}

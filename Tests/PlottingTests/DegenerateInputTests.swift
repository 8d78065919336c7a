import Foundation
import Testing

import Plotting

@Suite("Degenerate input")
struct DegenerateInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var renderable: any TextRenderable
        /// The whole output when it should be a message; `nil` when a plot is expected.
        var message: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "constant function", renderable: LinePlot([.function("c", { _ in 3 })], x: Interval(-1, 1))),
        Case(name: "constant zero", renderable: LinePlot([.function("c", { _ in 0 })], x: Interval(-1, 1))),
        Case(name: "zero-width x range", renderable: LinePlot([.function("f", { $0 * $0 })], x: Interval(2, 2))),
        Case(
            name: "empty x range", renderable: LinePlot([.function("f", { $0 })], x: Interval(1, -1)),
            message: "nothing to plot: empty x range x = 1..-1"),
        Case(
            name: "non-finite x range", renderable: LinePlot([.function("f", { $0 })], x: Interval(.nan, 1)),
            message: "nothing to plot: x range x = nan..1 is not finite"),
        Case(
            name: "all nan", renderable: LinePlot([.function("f", { _ in .nan })], x: Interval(-1, 1)),
            message: "nothing to plot: no finite values in x = -1..1"),
        Case(
            name: "log axis of negative values",
            renderable: LinePlot([.function("f", { _ in -1 })], x: Interval(-1, 1), logY: true),
            message: "nothing to plot: no positive finite values in x = -1..1"),
        Case(name: "no series", renderable: LinePlot([], x: Interval(0, 1)), message: "nothing to plot: no series"),
        Case(name: "single point", renderable: LinePlot([.scatter("p", points: [(1, 2)])])),
        Case(name: "single point as a line", renderable: LinePlot([.line("p", points: [(1, 2)])])),
        Case(name: "empty points", renderable: LinePlot([.line("p", points: [])]), message: "nothing to plot: no points with a finite x"),
        Case(name: "huge values", renderable: LinePlot([.function("f", { 1e300 * (1 + $0) })], x: Interval(0, 1))),
        Case(name: "largest doubles", renderable: LinePlot([.scatter("p", points: [(0, -1.7e308), (1, 1.7e308)])])),
        Case(name: "tiny range", renderable: LinePlot([.function("f", { $0 })], x: Interval(1, 1 + 1e-12))),
        Case(name: "tiny values", renderable: LinePlot([.function("f", { $0 * 1e-300 })], x: Interval(0, 1))),
        Case(
            name: "contour with no finite values",
            renderable: ContourPlot({ _, _ in .nan }, x: Interval(-1, 1), y: Interval(0, 2)),
            message: "nothing to plot: no finite values on x = -1..1, y = 0..2"),
        Case(name: "constant contour", renderable: ContourPlot({ _, _ in 1 }, x: Interval(0, 1), y: Interval(0, 1), levels: .logarithmic)),
        Case(name: "zero-width contour", renderable: ContourPlot({ x, y in x + y }, x: Interval(0, 0), y: Interval(0, 1))),
        Case(name: "empty bar chart", renderable: BarChart([]), message: "nothing to plot: no bars"),
        Case(name: "bars of nan and zero", renderable: BarChart([.init("a", .nan), .init("b", 0)], scale: .logarithmic)),
        Case(name: "empty table", renderable: Table(header: [], rows: []), message: "(empty table)"),
        Case(name: "ragged table", renderable: Table(header: ["a"], rows: [[1, 2, 3], []])),
    ]

    @Test("degenerate input gives a plot or a one-line message, never a crash", arguments: cases)
    func degenerate(example: Case) {
        for canvas in [CanvasKind.braille, .ascii] {
            let lines = example.renderable.render(RenderOptions(width: 60, canvas: canvas))
            if let message = example.message {
                #expect(lines == [message])
            } else {
                #expect(lines.count > 3, "\(lines)")
                #expect(lines.allSatisfy { $0.displayWidth <= 60 })
            }
        }
    }

    @Test("a plot too narrow to draw gives one line that fits", arguments: 0...14)
    func tooNarrow(width: Int) {
        let lines = LinePlot([.function("f", { $0 })], x: Interval(0, 1)).render(RenderOptions(width: width))
        #expect(lines.count == 1 && lines[0].displayWidth <= max(width, 1), "\(lines)")
        #expect(lines[0].hasPrefix("plot needs at least 14 columns".prefix(max(width, 1) - 1)))
    }

    @Test("huge values get readable scientific labels")
    func hugeLabels() {
        let lines = LinePlot([.function("f", { 1e300 * (1 + $0) })], x: Interval(0, 1)).render(RenderOptions())
        #expect(lines.contains { $0.contains("e300") })
    }
}

import Foundation
import Plotting
import Testing

@Suite("Contour, bar chart and table golden files")
struct ChartGoldenTests {
    static let canvases: [CanvasKind] = [.braille, .ascii]

    static let rosenbrock: @Sendable (Double, Double) -> Double = { x, y in
        (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }

    /// A short, fixed gradient-descent-like path and a momentum-like one.
    static let paths: [ContourPlot.Path] = [
        .init("gradient descent", points: [(-1.5, 2.5), (-1.2, 1.5), (-0.9, 0.85), (-0.5, 0.3), (0, 0.05), (0.4, 0.15), (0.7, 0.45), (0.9, 0.8)]),
        .init("momentum", points: [(1.8, -0.6), (1.6, 0.9), (1.4, 1.8), (1.25, 1.6), (1.1, 1.25), (1.0, 1.0)]),
    ]

    @Test("Rosenbrock contour with two paths", arguments: canvases)
    func contour(canvas: CanvasKind) {
        let plot = ContourPlot(
            Self.rosenbrock, x: Interval(-2, 2), y: Interval(-1, 3), levels: .logarithmic,
            paths: Self.paths, title: "Rosenbrock (log levels)")
        Golden.check("contour-\(canvas)", plot.render(RenderOptions(width: 72, height: 18, canvas: canvas)))
    }

    @Test("bowl contour with linear levels in colour", arguments: canvases)
    func bowl(canvas: CanvasKind) {
        let plot = ContourPlot(
            { x, y in x * x + 3 * y * y }, x: Interval(-2, 2), y: Interval(-1, 1),
            paths: [.init("gd", points: [(-1.8, 0.9), (-1.2, -0.5), (-0.7, 0.3), (-0.3, -0.1), (0, 0)])])
        let options = RenderOptions(width: 60, height: 12, canvas: canvas, color: true)
        Golden.check("contour-colour-\(canvas)", Golden.painted(plot.inkedLines(options)))
    }

    static let learningRates: [BarChart.Bar] = [
        .init("lr = 0.001", 0.52), .init("lr = 0.01", 0.131), .init("lr = 0.1", 0.0042),
        .init("lr = 0.3", 0.0127), .init("lr = 1", 1.0),
    ]

    @Test("bar chart on a linear scale", arguments: canvases)
    func linearBars(canvas: CanvasKind) {
        let chart = BarChart(Self.learningRates, title: "final loss after 100 steps")
        Golden.check("bars-linear-\(canvas)", chart.render(RenderOptions(width: 60, canvas: canvas)))
    }

    @Test("bar chart on a log scale from 1e-10 to 1", arguments: canvases)
    func logBars(canvas: CanvasKind) {
        let chart = BarChart(
            [.init("step 0", 1), .init("step 10", 3.2e-3), .init("step 20", 1.1e-5),
             .init("step 30", 4e-8), .init("step 40", 1e-10), .init("diverged", 0)],
            scale: .logarithmic, title: "gradient norm")
        Golden.check("bars-log-\(canvas)", chart.render(RenderOptions(width: 60, canvas: canvas)))
    }

    @Test("bar chart with negative values", arguments: canvases)
    func negativeBars(canvas: CanvasKind) {
        let chart = BarChart([.init("w1", 0.8), .init("w2", -0.35), .init("w3", 0.05), .init("bias", -1)])
        Golden.check("bars-negative-\(canvas)", chart.render(RenderOptions(width: 50, canvas: canvas)))
    }

    static let steps = Table(
        header: ["step", "x", "f(x)", "note"],
        rows: (0..<12).map { step -> [Table.Cell] in
            let x = 1.5 * pow(0.5, Double(step))
            return [.number(Double(step)), .number(x), .number(x * x), .text(step == 0 ? "start" : step == 11 ? "converged" : "")]
        })

    @Test("table with borders", arguments: canvases)
    func table(canvas: CanvasKind) {
        Golden.check("table-\(canvas)", Self.steps.render(RenderOptions(width: 80, canvas: canvas)))
    }

    @Test("long table elided in the middle", arguments: canvases)
    func elidedTable(canvas: CanvasKind) {
        var table = Self.steps
        table.maxRows = 6
        Golden.check("table-elided-\(canvas)", table.render(RenderOptions(width: 80, canvas: canvas, digits: 6)))
    }

    @Test("table as CSV")
    func csv() {
        let table = Table(
            header: ["name", "value", "comment"],
            rows: [
                [.text("a"), .number(0.1), .text("plain")],
                [.text("b, c"), .number(1e-10), .text("say \"hi\"")],
                [.text("two\nlines"), .number(100), .text("")],
                [.text("π"), .number(-0.0), .number(.nan)],
            ])
        Golden.check("table-csv", table.csv(lineEnding: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }
}

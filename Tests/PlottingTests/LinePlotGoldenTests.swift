import Foundation
import Plotting
import Testing

@Suite("Line plot golden files")
struct LinePlotGoldenTests {
    static let canvases: [CanvasKind] = [.braille, .ascii]

    private func check(_ name: String, _ plot: LinePlot, _ canvas: CanvasKind, color: Bool = false) {
        let options = RenderOptions(width: 72, canvas: canvas, color: color)
        #expect(plot.inkedLines(options).map(\.plain) == plot.render(options))
        Golden.check("\(name)-\(canvas)", color ? Golden.painted(plot.inkedLines(options)) : plot.render(options))
    }

    @Test("one function", arguments: canvases)
    func oneFunction(canvas: CanvasKind) {
        check("line-sin", LinePlot([.function("sin(x)", { sin($0) })], x: Interval(-6, 6), title: "y = sin(x)"), canvas)
    }

    @Test("several series", arguments: canvases)
    func severalSeries(canvas: CanvasKind) {
        let plot = LinePlot(
            [
                .function("x^2", { $0 * $0 }),
                .function("2x", { 2 * $0 }),
                .function("x^3/3", { $0 * $0 * $0 / 3 }),
            ],
            x: Interval(-2, 2), title: "f, f' and an antiderivative")
        check("line-several", plot, canvas)
    }

    @Test("several series in colour", arguments: canvases)
    func severalSeriesInColour(canvas: CanvasKind) {
        let plot = LinePlot(
            [.function("sin(x)", { sin($0) }), .function("cos(x)", { cos($0) })], x: Interval(-3, 3))
        check("line-colour", plot, canvas, color: true)
    }

    @Test("scatter with a fitted line", arguments: canvases)
    func scatterWithFit(canvas: CanvasKind) {
        let data: [(x: Double, y: Double)] = (0..<12).map { index in
            let x = Double(index) / 2
            return (x, 0.8 * x + 1 + (index % 3 == 0 ? 0.4 : index % 3 == 1 ? -0.3 : 0.1))
        }
        let plot = LinePlot(
            [.scatter("data", points: data), .function("fit: 0.8x + 1", { 0.8 * $0 + 1 })],
            x: Interval(0, 5.5), title: "least squares")
        check("scatter-fit", plot, canvas)
    }

    @Test("reciprocal with a pole at zero", arguments: canvases)
    func reciprocal(canvas: CanvasKind) {
        check("reciprocal", LinePlot([.function("1/x", { 1 / $0 })], x: Interval(-1, 1)), canvas)
    }

    @Test("logarithm undefined left of zero", arguments: canvases)
    func logarithm(canvas: CanvasKind) {
        check("logarithm", LinePlot([.function("log(x)", { log($0) })], x: Interval(-1, 2)), canvas)
    }

    @Test("loss curve on a log axis", arguments: canvases)
    func logAxis(canvas: CanvasKind) {
        let loss: [(x: Double, y: Double)] = (0...60).map { step in
            (Double(step), 2 * pow(0.75, Double(step)) + 1e-7)
        }
        let plot = LinePlot([.line("loss", points: loss)], logY: true, title: "loss per step")
        check("logy", plot, canvas)
    }
}

import Foundation
import Plotting
import Testing

@Suite("Plots as inked lines")
struct InkedLinesTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        var name: String
        var plot: Plot
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "three series", plot: .line(LinePlot(
            [
                .function("sin(x)", { sin($0) }), .function("cos(x)", { cos($0) }),
                .line("data", points: [(-2, 0.5), (0, -0.5), (2, 0.5)]),
            ],
            x: Interval(-3, 3), title: "trig"))),
        Sample(name: "scatter", plot: .line(LinePlot(
            [.scatter("a", points: [(1, 1), (2, 4), (3, 9)]), .function("a fit with a long name", { $0 * $0 })],
            title: "a title much longer than a narrow plot can show in one line"))),
        Sample(name: "contour", plot: .contour(ContourPlot(
            { x, y in x * x + 3 * y * y }, x: Interval(-2, 2), y: Interval(-1, 1),
            paths: [.init("gd", points: [(-1.8, 0.9), (0, 0)]), .init("adam", points: [(1.5, -0.8), (0, 0)])]))),
        Sample(name: "bars", plot: .bars(BarChart([.init("a", 1), .init("bb", 0.25), .init("ccc", -0.5)], title: "b"))),
        Sample(name: "nothing to plot", plot: .line(LinePlot([]))),
    ]

    static let options: [RenderOptions] = [
        RenderOptions(width: 72, color: true), RenderOptions(width: 72, canvas: .ascii, color: true),
        RenderOptions(width: 28, height: 5, color: true), RenderOptions(width: 60),
    ]

    @Test("joined without their inks, a plot's inked lines are its text lines", arguments: samples, options)
    func plainTextIsTheRenderedText(sample: Sample, options: RenderOptions) {
        #expect(sample.plot.inkedLines(options).map(\.plain) == sample.plot.render(options))
    }

    @Test("with colour off every run is plain", arguments: samples)
    func colourOffIsPlain(sample: Sample) {
        let runs = sample.plot.inkedLines(RenderOptions(width: 72)).flatMap(\.runs)
        #expect(runs.allSatisfy { $0.ink == .plain })
    }

    @Test("each of three series is drawn and keyed in the ink of its own index")
    func threeSeriesCarryTheirIndex() throws {
        let lines = Self.samples[0].plot.inkedLines(RenderOptions(width: 72, color: true))
        let inks = Set(lines.flatMap(\.runs).map(\.ink))
        #expect(inks == [.plain, .faint, .series(0), .series(1), .series(2)])
        for (index, name) in ["sin(x)", "cos(x)", "data"].enumerated() {
            #expect(Self.legendSampleInk(before: name, in: lines) == .series(index), "legend entry \(name)")
        }
    }

    @Test("each of a contour's two paths is drawn and keyed in the ink of its own index")
    func contourPathsCarryTheirIndex() throws {
        let lines = Self.samples[2].plot.inkedLines(RenderOptions(width: 72, height: 12, color: true))
        let series = Set(lines.flatMap(\.runs).map(\.ink)).subtracting([.plain, .faint])
        #expect(series == [.series(0), .series(1)])
        #expect(Self.legendSampleInk(before: "gd", in: lines) == .series(0))
        #expect(Self.legendSampleInk(before: "adam", in: lines) == .series(1))
    }

    @Test("neighbouring runs of a line never share an ink")
    func runsAreJoined() {
        for sample in Self.samples {
            for line in sample.plot.inkedLines(RenderOptions(width: 72, color: true)) {
                #expect(zip(line.runs, line.runs.dropFirst()).allSatisfy { $0.ink != $1.ink && !$0.text.isEmpty })
            }
        }
    }

    /// The ink of the legend sample just before ` name`.
    private static func legendSampleInk(before name: String, in lines: [InkedLine]) -> Ink? {
        for line in lines {
            for (index, run) in line.runs.enumerated().dropFirst() where run.text.hasPrefix(" \(name)") {
                return line.runs[index - 1].ink
            }
        }
        return nil
    }
}

import Foundation
import Testing

@testable import Plotting

@Suite("Line plot properties")
struct LinePlotPropertyTests {
    /// Renders y = x on 0..1 × 0..1 at the first width whose canvas is square in dots.
    private func squareIdentity(canvas: CanvasKind, rows: Int) -> CanvasReading? {
        let plot = LinePlot([.function("", { $0 })], x: Interval(0, 1), y: Interval(0, 1), height: rows)
        for width in 12...80 {
            let reading = CanvasReading(plot.render(RenderOptions(width: width, canvas: canvas)))
            let across = canvas == .braille ? 2 : 1, down = canvas == .braille ? 4 : 1
            if reading.columns * across == rows * down { return reading }
        }
        return nil
    }

    @Test("y = x on a square braille canvas lights exactly the diagonal dots")
    func identityBraille() throws {
        let reading = try #require(squareIdentity(canvas: .braille, rows: 6))
        let size = reading.columns * 2
        let diagonal = Set((0..<size).map { [$0, size - 1 - $0] })
        #expect(reading.brailleDots == diagonal)
    }

    @Test("y = x on a square ASCII canvas marks exactly the diagonal cells")
    func identityASCII() throws {
        let reading = try #require(squareIdentity(canvas: .ascii, rows: 12))
        let size = reading.columns
        #expect(reading.markedCells == Set((0..<size).map { [$0, size - 1 - $0] }))
    }

    @Test("a stretch of non-finite values leaves a gap in the line")
    func nonFiniteBreaksLine() {
        let plot = LinePlot(
            [.function("gap", { abs($0) < 0.4 ? .nan : 0.5 })], x: Interval(-1, 1), y: Interval(0, 1), height: 8)
        let reading = CanvasReading(plot.render(RenderOptions(width: 60)))
        let middle = reading.columns * 35 / 100..<reading.columns * 65 / 100
        let lit = reading.brailleDots.filter { middle.contains($0[0] / 2) }
        #expect(lit.isEmpty)
        #expect(!reading.brailleDots.isEmpty)
    }

    @Test("a pole is not bridged: 1/x draws nothing across the zero column")
    func poleIsNotBridged() {
        let plot = LinePlot([.function("1/x", { 1 / $0 })], x: Interval(-1, 1), y: Interval(-5, 5), height: 10)
        let reading = CanvasReading(plot.render(RenderOptions(width: 61)))
        let dots = reading.brailleDots
        let centre = Double(reading.columns * 2 - 1) / 2
        // Near x = 0 the curve is far off the frame; a bridge would light the middle rows.
        let bridge = dots.filter { abs(Double($0[0]) - centre) < 2 && (10...30).contains($0[1]) }
        #expect(bridge.isEmpty)
    }

    @Test("ticks on a log axis are powers of ten")
    func logTicks() {
        let points = (0...40).map { (x: Double($0), y: pow(10, -Double($0) / 5)) }
        let lines = LinePlot([.line("", points: points)], logY: true).render(RenderOptions(width: 70))
        let labels = lines.compactMap { line -> String? in
            guard let tick = line.firstIndex(of: "┤") else { return nil }
            return line[..<tick].trimmingCharacters(in: .whitespaces)
        }
        #expect(labels.count >= 2)
        for label in labels {
            let value = Double(label)!
            #expect(abs(log10(value) - log10(value).rounded()) < 1e-9, "\(label) is not a power of ten")
        }
    }

    @Test("non-positive values on a log axis are left out with a note")
    func logNote() {
        let lines = LinePlot([.function("x", { $0 })], x: Interval(-1, 10), logY: true).render(RenderOptions())
        #expect(lines.contains { $0.hasPrefix("note: values ≤ 0") })
    }

    @Test("a spike near a pole does not flatten the rest of the curve")
    func spikesAreClipped() {
        let lines = LinePlot([.function("1/x", { 1 / $0 })], x: Interval(-1, 1)).render(RenderOptions())
        #expect(lines.contains { $0.hasPrefix("note: y clipped") })
    }

    @Test("with colour off, several braille series get distinct legend samples")
    func distinctSeriesWithoutColour() {
        let series = (1...4).map { k in Series.function("x^\(k)", { pow($0, Double(k)) }) }
        let lines = LinePlot(series, x: Interval(0, 1)).render(RenderOptions())
        let legend = lines.first { $0.contains("x^1") }!
        for sample in ["───", "╌╌╌", "┈┈┈", "─┈─"] { #expect(legend.contains(sample)) }
    }

    @Test("with colour on, the series are inked runs and the text holds no escape code")
    func colourRuns() {
        let plot = LinePlot([.function("a", { $0 }), .function("b", { -$0 })], x: Interval(-1, 1))
        let inks = Set(plot.inkedLines(RenderOptions(color: true)).flatMap(\.runs).map(\.ink))
        #expect(inks == [.plain, .faint, .series(0), .series(1)])
        #expect(!plot.render(RenderOptions(color: true)).joined().contains("\u{1B}"))
        #expect(Set(plot.inkedLines(RenderOptions()).flatMap(\.runs).map(\.ink)) == [.plain])
    }

    @Test("four line series differ by more than colour: in the legend and in the canvas",
          arguments: [false, true], [CanvasKind.braille, .ascii])
    func fourSeriesAreDistinguishableWithoutColour(color: Bool, canvas: CanvasKind) throws {
        let series = (1...4).map { k in Series.function("y\(k)", { _ in Double(k) }) }
        let raw = LinePlot(series, x: Interval(0, 1), y: Interval(0, 5)).render(RenderOptions(canvas: canvas, color: color))
        let lines = raw.map { $0.replacing(/\u{1B}\[[0-9;]*m/, with: "") }
        let legend = try #require(lines.first { $0.contains("y1") })
        let samples = (1...4).map { k in
            legend.firstRange(of: " y\(k)").map { legend[..<$0.lowerBound].split(separator: " ").last.map(String.init) ?? "" } ?? ""
        }
        #expect(Set(samples).count == 4 && !samples.contains(""), "legend samples \(samples)")
        let reading = CanvasReading(lines)
        if canvas == .braille {
            let rows = Dictionary(grouping: reading.brailleDots, by: { $0[1] }).values
                .sorted { $0.count > $1.count }.prefix(4).map { Set($0.map { $0[0] }) }
            #expect(Set(rows).count == 4, "each series' dots make a different dash pattern")
        } else {
            let marks = Set(reading.rows.joined()).intersection(["*", "o", "x", "#"])
            #expect(marks.count == 4, "each series has its own mark in the canvas")
        }
    }

    @Test("contour paths differ by more than colour in the legend", arguments: [false, true], [CanvasKind.braille, .ascii])
    func contourPathsHaveDistinctLegendSamples(color: Bool, canvas: CanvasKind) throws {
        let paths = (0..<4).map { k in
            ContourPlot.Path("path\(k)", points: [(-0.9, 0.8 - 0.4 * Double(k)), (0.9, 0.8 - 0.4 * Double(k))])
        }
        let raw = ContourPlot({ x, y in x * x + y * y }, x: Interval(-1, 1), y: Interval(-1, 1), paths: paths)
            .render(RenderOptions(canvas: canvas, color: color))
        let legend = raw.map { $0.replacing(/\u{1B}\[[0-9;]*m/, with: "") }.filter { $0.contains("path") }.joined(separator: " ")
        let samples = (0..<4).map { k in
            legend.firstRange(of: " path\(k)").map { legend[..<$0.lowerBound].split(separator: " ").last.map(String.init) ?? "" } ?? ""
        }
        #expect(Set(samples).count == 4 && !samples.contains(""), "legend samples \(samples)")
    }
}

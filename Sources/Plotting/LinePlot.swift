import Foundation

/// Curves and point clouds over an x range: the workhorse plot of the REPL.
///
/// ```swift
/// LinePlot([.function("sin(x)", { sin($0) }), .function("cos(x)", { cos($0) })],
///          x: Interval(-3, 3), title: "trig")
/// ```
/// Functions are sampled at least once per dot column; where neighbouring samples
/// jump by more than half the plot height the gap is bisected, and the line is
/// broken if the jump does not shrink (a pole, as in `1/x`). Non-finite values
/// break the line; near a domain edge (`log(x)` at 0) the edge is found by
/// bisection and the line runs up to it. The y range, unless given, follows the
/// rule of ``AutoRange``. Series are told apart by more than colour, which is added
/// when on: lines get ASCII marks `* o x # @ % & $` or, on braille, dash patterns
/// (solid, dashed, dotted, dash-dotted); scatter markers on braille are
/// `● ○ ◆ ■ ▲ ◇ □ △`. The legend shows each series' sample.
public struct LinePlot: TextRenderable {
    public var series: [Series]
    /// The x range; `nil` takes it from the points, or -10..10 for functions only.
    public var x: Interval?
    /// The y range; `nil` chooses it from the values (see ``AutoRange``).
    public var y: Interval?
    /// Plots y on a logarithmic axis with ticks at powers of ten; values ≤ 0 are left out.
    public var logY: Bool
    public var title: String?
    /// The axes' names, such as the plotted variable `x`; drawn by the SVG renderer, whose
    /// axes have room for them (the terminal's ticks say enough).
    public var axisTitles = AxisTitles()
    /// Overrides ``RenderOptions/width``.
    public var width: Int?
    /// Overrides ``RenderOptions/height``.
    public var height: Int?

    /// Plot rows when neither the plot nor the options say.
    public static let defaultHeight = 16

    public init(
        _ series: [Series],
        x: Interval? = nil,
        y: Interval? = nil,
        logY: Bool = false,
        title: String? = nil,
        width: Int? = nil,
        height: Int? = nil
    ) {
        self.series = series
        self.x = x
        self.y = y
        self.logY = logY
        self.title = title
        self.width = width
        self.height = height
    }

    public func render(_ options: RenderOptions) -> [String] {
        inkedLines(options).map(\.plain)
    }

    /// The plot drawn as lines of runs, each in the ink of what it shows (a series, an axis).
    public func inkedLines(_ options: RenderOptions) -> [InkedLine] {
        let width = self.width ?? options.width
        let rows = max(2, height ?? options.height ?? Self.defaultHeight)
        let dotsAcross = options.canvas == .braille ? 2 : 1
        let xInterval: Interval
        switch resolvedX() {
        case .success(let interval): xInterval = interval
        case .failure(let problem): return PlotMessage.nothingToPlot(problem.reason, width: width).inked
        }
        let xScale = Scale(xInterval)
        let samples = sample(over: xScale, count: max(2, width * dotsAcross))
        let placeable = samples.flatMap { curve in
            zip(curve.xs, curve.ys).filter { xInterval.contains($0.0) && $0.1.isFinite }.map(\.1)
        }
        let shown = logY ? placeable.filter { $0 > 0 } : placeable
        let leftOut = shown.count < placeable.count
        let yInterval: Interval
        var clipped = false
        if let y {
            guard y.isFinite, y.lower < y.upper, !logY || y.lower > 0 else {
                return PlotMessage.nothingToPlot("cannot use y range y = \(y)", width: width).inked
            }
            yInterval = y
        } else {
            let scaled = logY ? shown.map { log10($0) } : shown
            guard let auto = AutoRange.interval(for: scaled) else {
                let what = logY && !placeable.isEmpty ? "positive finite values" : "finite values"
                return PlotMessage.nothingToPlot("no \(what) in x = \(xInterval)", width: width).inked
            }
            yInterval = logY ? Interval(pow(10, auto.interval.lower), pow(10, auto.interval.upper)) : auto.interval
            clipped = auto.clipped
        }
        let yScale = Scale(yInterval, logarithmic: logY)
        let yDots = options.canvas == .braille ? 4 : 1
        let ySearch = TickSearch(scale: yScale, cells: rows, dotsPerCell: yDots, orientation: .vertical)
        let yTicks = logY ? ySearch.logarithmicTicks() : ySearch.linearTicks()
        let margin = PlotFrame.margin(for: yTicks)
        let columns = width - margin - 2
        guard columns >= 8 else { return PlotMessage.tooNarrow(needed: margin + 10, width: width).inked }
        let xTicks = TickSearch(
            scale: xScale, cells: columns, dotsPerCell: dotsAcross,
            orientation: .horizontal(offset: margin + 1, totalWidth: width)
        ).linearTicks()

        var drawing = CurveDrawing(
            canvas: Canvas(kind: options.canvas, columns: columns, rows: rows),
            xScale: xScale, yScale: yScale, color: options.color)
        drawing.drawAxes()
        let legend = drawing.draw(series, samples: samples)
        var footer = legend.entries.contains { !$0.name.isEmpty }
            ? Legend(entries: legend.entries.filter { !$0.name.isEmpty })
                .lines(width: width, indent: margin + 1, color: options.color)
            : []
        if leftOut { footer.append(InkedLine("note: values ≤ 0 cannot be shown on a log scale and are left out")) }
        if clipped {
            footer.append(InkedLine("note: y clipped to the 2nd–98th percentile; spikes run off the frame"))
        }
        return PlotFrame(
            kind: options.canvas, width: width, title: title,
            canvas: drawing.canvas.lines(color: options.color), columns: columns,
            yTicks: yTicks, xTicks: xTicks, footer: footer.map { $0.truncated(toWidth: width) }
        ).lines()
    }

    /// Why a plot cannot be drawn.
    struct Problem: Error {
        var reason: String
    }

    /// The x range to draw: the given one (a zero-width one widened), else the
    /// points' extent, with a margin of 5% when there are markers so none sits on the frame.
    func resolvedX() -> Result<Interval, Problem> {
        guard !series.isEmpty else { return .failure(Problem(reason: "no series")) }
        if let x {
            guard x.isFinite else { return .failure(Problem(reason: "x range x = \(x) is not finite")) }
            guard x.lower <= x.upper else { return .failure(Problem(reason: "empty x range x = \(x)")) }
            return .success(x.widenedIfDegenerate)
        }
        let xs = series.flatMap { series -> [Double] in
            if case .points(let xs, _) = series.source { return xs.filter(\.isFinite) }
            return []
        }
        guard let low = xs.min(), let high = xs.max() else {
            if series.allSatisfy({ $0.function != nil }) { return .success(Interval(-10, 10)) }
            return .failure(Problem(reason: "no points with a finite x"))
        }
        let extent = Interval(low, high).widenedIfDegenerate
        guard series.contains(where: { $0.style == .scatter }) else { return .success(extent) }
        let margin = (extent.upper - extent.lower) * 0.05
        return .success(Interval(extent.lower - margin, extent.upper + margin))
    }

    /// Each series' values: functions sampled at `count` evenly spaced x values
    /// (both ends included), points as given.
    private func sample(over xScale: Scale, count: Int) -> [(xs: [Double], ys: [Double])] {
        series.map { series in
            switch series.source {
            case .points(let xs, let ys):
                return (xs, ys)
            case .function(let f):
                let xs = (0..<count).map { xScale.value(atFraction: Double($0) / Double(count - 1)) }
                return (xs, xs.map(f))
            }
        }
    }
}

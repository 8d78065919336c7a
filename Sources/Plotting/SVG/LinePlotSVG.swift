import Foundation

/// A ``LinePlot`` as SVG: the x and y ranges and the ticks are chosen exactly as for
/// the terminal under the same options; curves are drawn from finer samples as
/// clipped paths, scatter series as dots, and breaks where a function is not finite
/// or jumps by more than the plot's height (a pole).
struct LinePlotSVG {
    let plot: LinePlot
    let options: RenderOptions

    /// The axes the terminal draws for this plot, or nil when it draws a message instead.
    struct Axes {
        var xScale: Scale
        var yScale: Scale
        var xTicks: [Tick]
        var yTicks: [Tick]
    }

    func axes() -> Axes? {
        let width = plot.width ?? options.width
        let rows = max(2, plot.height ?? options.height ?? LinePlot.defaultHeight)
        let dotsAcross = options.canvas == .braille ? 2 : 1
        guard case .success(let xInterval) = plot.resolvedX() else { return nil }
        let xScale = Scale(xInterval)
        let placeable = samples(xScale: xScale, count: max(2, width * dotsAcross)).flatMap { curve in
            zip(curve.xs, curve.ys).filter { xInterval.contains($0.0) && $0.1.isFinite }.map(\.1)
        }
        let shown = plot.logY ? placeable.filter { $0 > 0 } : placeable
        let yInterval: Interval
        if let y = plot.y {
            guard y.isFinite, y.lower < y.upper, !plot.logY || y.lower > 0 else { return nil }
            yInterval = y
        } else {
            guard let auto = AutoRange.interval(for: plot.logY ? shown.map { log10($0) } : shown) else { return nil }
            yInterval = plot.logY ? Interval(pow(10, auto.interval.lower), pow(10, auto.interval.upper)) : auto.interval
        }
        let yScale = Scale(yInterval, logarithmic: plot.logY)
        let ySearch = TickSearch(scale: yScale, cells: rows, dotsPerCell: options.canvas == .braille ? 4 : 1, orientation: .vertical)
        let yTicks = plot.logY ? ySearch.logarithmicTicks() : ySearch.linearTicks()
        let margin = PlotFrame.margin(for: yTicks)
        let columns = width - margin - 2
        guard columns >= 8 else { return nil }
        let xTicks = TickSearch(scale: xScale, cells: columns, dotsPerCell: dotsAcross,
                                orientation: .horizontal(offset: margin + 1, totalWidth: width)).linearTicks()
        return Axes(xScale: xScale, yScale: yScale, xTicks: xTicks, yTicks: yTicks)
    }

    func document() -> String? {
        guard let axes = axes() else { return nil }
        let named = plot.series.enumerated().filter { !$0.element.name.isEmpty }
        let area = PlotArea(title: plot.title, axisTitles: plot.axisTitles)
        var document = SVGDocument(width: PlotArea.width, height: area.documentHeight(legendRows: named.count))
        area.drawFrame(on: &document, title: plot.title, xScale: axes.xScale, yScale: axes.yScale,
                       xTicks: axes.xTicks, yTicks: axes.yTicks)
        let curves = samples(xScale: axes.xScale, count: 600)
        for (index, (series, curve)) in zip(plot.series, curves).enumerated() {
            let fractions = zip(curve.xs, curve.ys).map { x, y -> (x: Double, y: Double)? in
                guard let fx = axes.xScale.fraction(x), let fy = axes.yScale.fraction(y) else { return nil }
                return (fx, fy)
            }
            switch series.style {
            case .scatter:
                for point in fractions.compactMap({ $0 }) where (0...1).contains(point.x) && (0...1).contains(point.y) {
                    document.circle(x: area.x(point.x), y: area.y(point.y), radius: 3.5, fill: SVGRenderer.color(index),
                                    className: "series-\(index)")
                }
            case .line:
                let broken = series.function == nil ? fractions : LinePlotSVG.breakingJumps(fractions)
                let runs = SegmentClipping.runs(broken).map { $0.map { (x: area.x($0.x), y: area.y($0.y)) } }
                document.path(runs, stroke: SVGRenderer.color(index), dash: LinePlotSVG.dash(index), className: "series-\(index)")
            }
        }
        area.drawLegend(on: &document, entries: named.map { index, series in
            (series.name, SVGRenderer.color(index), LinePlotSVG.dash(index), series.style == .scatter)
        })
        return document.text
    }

    /// Dashes as on a colourless terminal, so series differ in print too.
    static func dash(_ index: Int) -> String? {
        [nil, "8 5", "2 4", "8 4 2 4"][index % 4]
    }

    /// A sampled function's line broken where neighbours differ by more than the plot's height.
    static func breakingJumps(_ points: [(x: Double, y: Double)?]) -> [(x: Double, y: Double)?] {
        var result: [(x: Double, y: Double)?] = []
        for point in points {
            if let point, let previous = result.last ?? nil, abs(point.y - previous.y) > 1 { result.append(nil) }
            result.append(point)
        }
        return result
    }

    private func samples(xScale: Scale, count: Int) -> [(xs: [Double], ys: [Double])] {
        plot.series.map { series in
            switch series.source {
            case .points(let xs, let ys): return (xs, ys)
            case .function(let f):
                let xs = (0..<count).map { xScale.value(atFraction: Double($0) / Double(count - 1)) }
                return (xs, xs.map(f))
            }
        }
    }
}

import Foundation

/// A ``ContourPlot`` as SVG: a heat map of the function on a fine grid, light for low
/// values and dark for high ones, with the same level bands, ticks and paths as the terminal.
struct ContourPlotSVG {
    let plot: ContourPlot
    let options: RenderOptions

    static let gridColumns = 110
    static let gridRows = 68
    /// Sequential shades from light to dark, one per band.
    /// Where the function is not finite, as `?` on the terminal.
    static let undefined = "#f4a6c6"
    static let shades = ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"]

    func axes() -> LinePlotSVG.Axes? {
        guard plot.x.isFinite, plot.y.isFinite, plot.x.lower <= plot.x.upper, plot.y.lower <= plot.y.upper else { return nil }
        let width = plot.width ?? options.width
        let rows = max(2, plot.height ?? options.height ?? ContourPlot.defaultHeight)
        let xScale = Scale(plot.x.widenedIfDegenerate), yScale = Scale(plot.y.widenedIfDegenerate)
        let braille = options.canvas == .braille
        let yTicks = TickSearch(scale: yScale, cells: rows, dotsPerCell: braille ? 4 : 1, orientation: .vertical).linearTicks()
        let margin = PlotFrame.margin(for: yTicks)
        let columns = width - margin - 2
        guard columns >= 8 else { return nil }
        let xTicks = TickSearch(scale: xScale, cells: columns, dotsPerCell: braille ? 2 : 1,
                                orientation: .horizontal(offset: margin + 1, totalWidth: width)).linearTicks()
        return LinePlotSVG.Axes(xScale: xScale, yScale: yScale, xTicks: xTicks, yTicks: yTicks)
    }

    func document() -> String? {
        guard let axes = axes() else { return nil }
        let columns = Self.gridColumns, rows = Self.gridRows
        let xs = (0..<columns).map { axes.xScale.value(atFraction: (Double($0) + 0.5) / Double(columns)) }
        var values: [Double] = []
        for row in 0..<rows {
            let y = axes.yScale.value(atFraction: 1 - (Double(row) + 0.5) / Double(rows))
            for x in xs { values.append(plot.function(x, y)) }
        }
        guard let bands = ContourLevels(values: values, count: Self.shades.count, spacing: plot.levels) else { return nil }
        let area = PlotArea(title: plot.title, axisTitles: plot.axisTitles)
        let legendRows = bands.count + plot.paths.count
        var document = SVGDocument(width: PlotArea.width, height: area.documentHeight(legendRows: legendRows))
        let cellWidth = (area.right - area.left) / Double(columns), cellHeight = (area.bottom - area.top) / Double(rows)
        let fill = { (index: Int) in bands.level(of: values[index]).map { Self.shades[$0 * Self.shades.count / bands.count] } ?? Self.undefined }
        for row in 0..<rows {
            var start = 0
            while start < columns {
                let shade = fill(row * columns + start)
                var end = start + 1
                while end < columns, fill(row * columns + end) == shade { end += 1 }
                document.rect(x: area.left + Double(start) * cellWidth, y: area.top + Double(row) * cellHeight,
                              width: Double(end - start) * cellWidth + 0.3, height: cellHeight + 0.3, fill: shade)
                start = end
            }
        }
        area.drawFrame(on: &document, title: plot.title, xScale: axes.xScale, yScale: axes.yScale,
                       xTicks: axes.xTicks, yTicks: axes.yTicks)
        for (index, path) in plot.paths.enumerated() {
            let fractions = path.points.map { point -> (x: Double, y: Double)? in
                guard let fx = axes.xScale.fraction(point.x), let fy = axes.yScale.fraction(point.y) else { return nil }
                return (fx, fy)
            }
            let color = SVGRenderer.color(index + 1)
            let runs = SegmentClipping.runs(fractions).map { $0.map { (x: area.x($0.x), y: area.y($0.y)) } }
            document.path(runs, stroke: color, width: 2, className: "series-\(index)")
            let inside = fractions.compactMap { $0 }.filter { (0...1).contains($0.x) && (0...1).contains($0.y) }
            if let first = inside.first { document.circle(x: area.x(first.x), y: area.y(first.y), radius: 4, fill: color) }
        }
        var entries = zip(0..<bands.count, bands.bandLabels).map { index, label in
            (name: label, color: Self.shades[index * Self.shades.count / bands.count], dash: String?.none, marker: true)
        }
        entries += plot.paths.enumerated().map { (name: $1.name, color: SVGRenderer.color($0 + 1), dash: String?.none, marker: false) }
        area.drawLegend(on: &document, entries: entries)
        return document.text
    }
}

/// The rectangle of an SVG plot that data is drawn in, and the frame, ticks, labels
/// and title around it. Data enters as fractions of each scale (0 at the lower bound,
/// 1 at the upper), so every drawn point inside the frame has fractions in 0...1.
struct PlotArea {
    static let width = 640.0
    let left = 70.0
    let right = 620.0
    let top: Double
    let bottom: Double
    let axisTitles: AxisTitles

    init(title: String?, axisTitles: AxisTitles = AxisTitles(), plotHeight: Double = 340) {
        self.axisTitles = axisTitles
        top = (title?.isEmpty ?? true) ? (axisTitles.y == nil ? 20 : 30) : 44
        bottom = top + plotHeight
    }

    /// Room under the x tick labels for the x axis's title.
    private var xTitleHeight: Double { axisTitles.x == nil ? 0 : 18 }

    func x(_ fraction: Double) -> Double { left + fraction * (right - left) }
    func y(_ fraction: Double) -> Double { bottom - fraction * (bottom - top) }

    /// The frame, the ticks with their labels and the title.
    func drawFrame(on document: inout SVGDocument, title: String?, xScale: Scale, yScale: Scale, xTicks: [Tick], yTicks: [Tick]) {
        document.rect(x: left, y: top, width: right - left, height: bottom - top, fill: "none", stroke: "#333333", className: "frame")
        for tick in xTicks {
            guard let fraction = xScale.fraction(tick.value) else { continue }
            let x = self.x(fraction)
            document.line(x, bottom, x, bottom + 5, stroke: "#333333")
            document.line(x, top, x, bottom, stroke: "#e5e5e5", width: 0.75)
            document.text(tick.label, x: x, y: bottom + 19, className: "x-tick")
        }
        for tick in yTicks {
            guard let fraction = yScale.fraction(tick.value) else { continue }
            let y = self.y(fraction)
            document.line(left - 5, y, left, y, stroke: "#333333")
            document.line(left, y, right, y, stroke: "#e5e5e5", width: 0.75)
            document.text(tick.label, x: left - 8, y: y + 4, anchor: "end", className: "y-tick")
        }
        if let title, !title.isEmpty {
            document.text(title, x: (left + right) / 2, y: 26, size: 15, className: "title")
        }
        if let name = axisTitles.x {
            document.text(name, x: (left + right) / 2, y: bottom + 38, size: 13, className: "x-title")
        }
        if let name = axisTitles.y {
            document.text(name, x: left, y: top - 8, size: 13, className: "y-title")
        }
    }

    /// One legend row per entry under the x tick labels: a sample of the line or marker, then the name.
    func drawLegend(on document: inout SVGDocument, entries: [(name: String, color: String, dash: String?, marker: Bool)]) {
        for (index, entry) in entries.enumerated() {
            let y = bottom + 44 + xTitleHeight + Double(index) * 18
            if entry.marker {
                document.circle(x: left + 12, y: y - 4, radius: 3.5, fill: entry.color)
            } else {
                document.line(left, y - 4, left + 24, y - 4, stroke: entry.color, width: 2, dash: entry.dash)
            }
            document.text(entry.name, x: left + 32, y: y, anchor: "start", className: "legend")
        }
    }

    func documentHeight(legendRows: Int) -> Double {
        bottom + 34 + xTitleHeight + Double(legendRows) * 18
    }
}

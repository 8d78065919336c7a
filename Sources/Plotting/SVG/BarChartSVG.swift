import Foundation

/// A ``BarChart`` as SVG: one horizontal bar per value with its label on the left and
/// its value (four significant digits, as on the terminal) after the bar. Linear bars
/// start at zero; logarithmic ones at one power of ten below the smallest positive value.
struct BarChartSVG {
    let chart: BarChart

    func document() -> String? {
        guard !chart.bars.isEmpty else { return nil }
        let rowHeight = 24.0
        let top = (chart.title?.isEmpty ?? true) ? 12.0 : 40.0
        let left = 140.0, right = 540.0
        var document = SVGDocument(width: PlotArea.width, height: top + Double(chart.bars.count) * rowHeight + 40)
        if let title = chart.title, !title.isEmpty { document.text(title, x: PlotArea.width / 2, y: 26, size: 15, className: "title") }
        let spans = spans()
        let zero = left + spans.zero * (right - left)
        for (index, (bar, span)) in zip(chart.bars, spans.bars).enumerated() {
            let y = top + Double(index) * rowHeight
            document.text(bar.label, x: left - 8, y: y + 16, anchor: "end", className: "bar-label")
            if let span {
                let x0 = left + span.lowerBound * (right - left), x1 = left + span.upperBound * (right - left)
                document.rect(x: x0, y: y + 4, width: max(0, x1 - x0), height: rowHeight - 8, fill: SVGRenderer.color(0), className: "bar")
            }
            let end = span.map { left + $0.upperBound * (right - left) } ?? zero
            document.text(NumberText.compact(bar.value, digits: 4), x: end + 6, y: y + 16, anchor: "start", className: "bar-value")
        }
        document.line(zero, top, zero, top + Double(chart.bars.count) * rowHeight, stroke: "#333333")
        if chart.scale == .logarithmic {
            document.text("log scale: bars start at \(NumberText.compact(spans.base))", x: left, y: top + Double(chart.bars.count) * rowHeight + 24,
                          anchor: "start", className: "note")
        }
        return document.text
    }

    /// Each bar as a span of fractions of the drawing width (nil for no bar), where zero sits, and the log base.
    private func spans() -> (bars: [ClosedRange<Double>?], zero: Double, base: Double) {
        let values = chart.bars.map(\.value)
        switch chart.scale {
        case .logarithmic:
            let positive = values.filter { $0 > 0 && $0.isFinite }
            guard let smallest = positive.min(), let largest = positive.max() else { return (values.map { _ in nil }, 0, 1) }
            let base = pow(10, floor(log10(smallest)) - 1)
            let top = log10(largest / base)
            return (values.map { $0 > 0 && $0.isFinite ? 0...(log10($0 / base) / top) : nil }, 0, base)
        case .linear:
            let finite = values.filter(\.isFinite)
            let low = min(0, finite.min() ?? 0), high = max(0, finite.max() ?? 0)
            guard high > low else { return (values.map { _ in nil }, 0, 0) }
            let fraction = { (value: Double) in (value / 2 - low / 2) / (high / 2 - low / 2) }
            let zero = fraction(0)
            return (values.map { value in
                guard value.isFinite else { return nil }
                let end = fraction(value)
                return min(zero, end)...max(zero, end)
            }, zero, 0)
        }
    }
}

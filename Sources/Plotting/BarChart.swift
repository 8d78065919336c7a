import Foundation

/// Labelled horizontal bars, one per value: learning rates against final loss,
/// say.
///
/// ```
/// 0.001 │█████▍ 0.52
/// 0.01  │██████████████▉ 1.4
/// ```
/// Bars end in eighth blocks (`▏▎▍▌▋▊▉█`) on a braille canvas and are rounded to
/// whole `#` cells on ASCII. On a linear scale, bars start at zero: with negative
/// values a zero column `│` sits between the negative bars (whole cells, drawn
/// leftward) and the positive ones. On a logarithmic scale bar length is
/// proportional to `log10(value / base)` where `base` is one power of ten below
/// the smallest positive value, so the smallest bar still shows; values ≤ 0 get no
/// bar and a note. Non-finite values get no bar. Each value is written after its
/// bar with four significant digits.
public struct BarChart: TextRenderable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double

        public init(_ label: String, _ value: Double) {
            self.label = label
            self.value = value
        }
    }

    public var bars: [Bar]
    public var scale: Spacing
    public var title: String?
    /// Overrides ``RenderOptions/width``.
    public var width: Int?

    public init(_ bars: [Bar], scale: Spacing = .linear, title: String? = nil, width: Int? = nil) {
        self.bars = bars
        self.scale = scale
        self.title = title
        self.width = width
    }

    public func render(_ options: RenderOptions) -> [String] {
        inkedLines(options).map(\.plain)
    }

    /// The chart drawn as lines of runs, its bars in the first series' ink.
    public func inkedLines(_ options: RenderOptions) -> [InkedLine] {
        let width = self.width ?? options.width
        guard !bars.isEmpty else { return PlotMessage.nothingToPlot("no bars", width: width).inked }
        let braille = options.canvas == .braille
        let labelWidth = min(bars.map(\.label.displayWidth).max() ?? 0, max(width / 3, 1))
        let values = bars.map { NumberText.compact($0.value, digits: 4) }
        let valueWidth = values.map(\.count).max() ?? 0
        let cells = width - labelWidth - valueWidth - 3
        guard cells >= 4 else { return PlotMessage.tooNarrow(needed: labelWidth + valueWidth + 7, width: width).inked }

        let lengths = barLengths(cells: cells)
        let zero = lengths.zeroCell
        let ink = options.color ? Ink.series(0) : .plain
        var lines: [InkedLine] = []
        if let title, !title.isEmpty { lines.append(InkedLine(title.truncated(toWidth: width))) }
        for (bar, (eighths, value)) in zip(bars, zip(lengths.eighths, values)) {
            let label = bar.label.truncated(toWidth: labelWidth).padded(toWidth: labelWidth)
            let negative = eighths < 0 ? (-eighths + 4) / 8 : 0
            var line = InkedLine(label + " " + String(repeating: " ", count: zero - negative))
            line.append(String(repeating: braille ? "█" : "#", count: negative), ink)
            line.append(braille ? "│" : "|")
            if eighths > 0 { line.append(Self.bar(eighths: eighths, braille: braille), ink) }
            line.append(" " + value)
            lines.append(line)
        }
        if scale == .logarithmic {
            lines.append(InkedLine("log scale: bars start at \(NumberText.compact(lengths.base))"))
            if bars.contains(where: { $0.value <= 0 }) {
                lines.append(InkedLine("note: values ≤ 0 have no bar on a log scale"))
            }
        }
        return lines.map { $0.truncated(toWidth: width).padded(toWidth: width) }
    }

    /// A bar of `eighths` eighth-cells: full blocks then one partial block on
    /// braille, whole `#` cells (rounded) on ASCII.
    static func bar(eighths: Int, braille: Bool) -> String {
        guard braille else { return String(repeating: "#", count: (eighths + 4) / 8) }
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }

    /// Each bar's signed length in eighths of a cell, the column of zero, and the
    /// log scale's base.
    private func barLengths(cells: Int) -> (eighths: [Int], zeroCell: Int, base: Double) {
        switch scale {
        case .logarithmic:
            let positive = bars.map(\.value).filter { $0 > 0 && $0.isFinite }
            guard let smallest = positive.min(), let largest = positive.max() else {
                return (bars.map { _ in 0 }, 0, 1)
            }
            let baseExponent = floor(log10(smallest)) - 1
            let top = log10(largest) - baseExponent
            let eighths = bars.map { bar -> Int in
                guard bar.value > 0, bar.value.isFinite else { return 0 }
                return Int(((log10(bar.value) - baseExponent) / top * Double(cells * 8)).rounded())
            }
            return (eighths, 0, pow(10, baseExponent))
        case .linear:
            let finite = bars.map(\.value).filter(\.isFinite)
            let low = min(0, finite.min() ?? 0), high = max(0, finite.max() ?? 0)
            guard high > low else { return (bars.map { _ in 0 }, 0, 0) }
            let span = high / 2 - low / 2
            let zero = Int((-low / 2 / span * Double(cells - 1)).rounded())
            let eighths = bars.map { bar -> Int in
                guard bar.value.isFinite else { return 0 }
                return Int((bar.value / 2 / span * Double((cells - 1) * 8)).rounded())
            }
            return (eighths, zero, 0)
        }
    }
}

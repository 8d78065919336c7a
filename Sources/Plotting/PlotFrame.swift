/// Puts a framed canvas together with its tick labels, title and footer.
///
/// ```
///            title
///      ┌──────────────┐
///  1.0 ┤⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀│
///      │⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀│
///  0.0 ┤⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀│
///      └┬─────┬──────┬┘
///       0     1      2
/// ```
/// Every line is padded to the full width, so all lines have the same display width.
struct PlotFrame: Sendable {
    var kind: CanvasKind
    var width: Int
    var title: String?
    /// The canvas rows, already rendered.
    var canvas: [InkedLine]
    var columns: Int
    var yTicks: [Tick]
    var xTicks: [Tick]
    /// Legend and notes, placed under the x labels.
    var footer: [InkedLine]

    /// Columns left of the frame: the widest y label and a space.
    static func margin(for yTicks: [Tick]) -> Int {
        (yTicks.map(\.label.count).max() ?? 0) + 1
    }

    func lines() -> [InkedLine] {
        let margin = Self.margin(for: yTicks)
        let box = kind == .braille ? Box.unicode : Box.ascii
        let indent = String(repeating: " ", count: margin)
        var lines: [InkedLine] = []
        if let title, !title.isEmpty {
            let text = title.truncated(toWidth: width)
            let start = max(0, min(margin + 1 + (columns - text.displayWidth) / 2, width - text.displayWidth))
            lines.append(InkedLine(String(repeating: " ", count: start) + text))
        }
        lines.append(InkedLine(indent + box.topLeft + String(repeating: box.horizontal, count: columns) + box.topRight))
        let labels = Dictionary(yTicks.map { ($0.cell, $0.label) }, uniquingKeysWith: { first, _ in first })
        for (row, content) in canvas.enumerated() {
            let label = labels[row].map { $0.leftPadded(toWidth: margin - 1) + " " + box.leftTick }
            lines.append(InkedLine(label ?? indent + box.vertical) + content + InkedLine(box.vertical))
        }
        var bottom = Array(repeating: box.horizontal, count: columns)
        for tick in xTicks where tick.cell >= 0 && tick.cell < columns { bottom[tick.cell] = box.bottomTick }
        lines.append(InkedLine(indent + box.bottomLeft + bottom.joined() + box.bottomRight))
        lines.append(InkedLine(xLabelLine(offset: margin + 1)))
        lines += footer
        return lines.map { $0.padded(toWidth: width) }
    }

    private func xLabelLine(offset: Int) -> String {
        var characters = Array(repeating: Character(" "), count: width)
        for tick in xTicks {
            let start = TickSearch.labelStart(tick, offset: offset, totalWidth: width)
            for (index, character) in tick.label.enumerated() where start + index < width {
                characters[start + index] = character
            }
        }
        var line = String(characters)
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// Frame characters for each canvas kind.
    private struct Box {
        let topLeft, topRight, bottomLeft, bottomRight: String
        let horizontal, vertical, leftTick, bottomTick: String

        static let unicode = Box(
            topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
            horizontal: "─", vertical: "│", leftTick: "┤", bottomTick: "┬")
        static let ascii = Box(
            topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
            horizontal: "-", vertical: "|", leftTick: "+", bottomTick: "+")
    }
}

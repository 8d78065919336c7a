/// Lays out a ``Table`` at one number of significant digits: column widths,
/// decimal alignment, borders and elision.
struct TableLayout {
    let table: Table
    let digits: Int
    let canvas: CanvasKind

    /// A column's cells as text, each already aligned within the column's content.
    private struct Column {
        var header: String
        var cells: [String]
        var isNumeric: Bool
        var width: Int
    }

    func lines() -> [String] {
        let count = table.columnCount
        let (head, tail) = shownRows()
        let shown = Array(table.rows[..<head]) + Array(table.rows[(table.rows.count - tail)...])
        let columns = (0..<count).map { column(at: $0, rows: shown) }
        let box = canvas == .braille ? Border.unicode : Border.ascii
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + columns.map { String(repeating: box.horizontal, count: $0.width + 2) }.joined(separator: middle) + right
        }
        func line(_ texts: [String]) -> String {
            box.vertical + " " + texts.joined(separator: " \(box.vertical) ") + " " + box.vertical
        }
        var lines = [rule(box.topLeft, box.topTee, box.topRight)]
        lines.append(line(columns.map { $0.isNumeric ? $0.header.leftPadded(toWidth: $0.width) : $0.header.padded(toWidth: $0.width) }))
        lines.append(rule(box.leftTee, box.cross, box.rightTee))
        for index in shown.indices {
            if index == head && head + tail < table.rows.count {
                let hidden = table.rows.count - head - tail
                let inner = columns.map(\.width).reduce(0, +) + 3 * columns.count - 1
                let ellipsis = canvas == .braille ? "⋮" : "..."
                let text = "\(ellipsis) \(hidden) rows \(ellipsis)"
                let left = max(0, (inner - text.displayWidth) / 2)
                lines.append(box.vertical + (String(repeating: " ", count: left) + text).padded(toWidth: inner) + box.vertical)
            }
            lines.append(line(columns.map { $0.cells[index].padded(toWidth: $0.width) }))
        }
        lines.append(rule(box.bottomLeft, box.bottomTee, box.bottomRight))
        return lines
    }

    /// How many rows to show from the top and from the bottom.
    private func shownRows() -> (head: Int, tail: Int) {
        let total = table.rows.count
        guard let limit = table.maxRows, total > limit else { return (total, 0) }
        let shown = max(limit, 2)
        return ((shown + 1) / 2, shown / 2)
    }

    private func column(at index: Int, rows: [[Table.Cell]]) -> Column {
        let header = index < table.header.count ? table.header[index] : ""
        let cells = rows.map { index < $0.count ? $0[index] : .text("") }
        let numbers = cells.map { cell -> (integer: String, fraction: String)? in
            guard case .number(let value) = cell else { return nil }
            let text = NumberText.significant(value, digits: digits)
            let point = text.firstIndex { $0 == "." || $0 == "e" } ?? text.endIndex
            return (String(text[..<point]), String(text[point...]))
        }
        let integerWidth = numbers.compactMap { $0?.integer.count }.max() ?? 0
        let fractionWidth = numbers.compactMap { $0?.fraction.count }.max() ?? 0
        let texts = zip(cells, numbers).map { cell, number -> String in
            if let number {
                return number.integer.leftPadded(toWidth: integerWidth) + number.fraction.padded(toWidth: fractionWidth)
            }
            if case .text(let text) = cell { return Self.singleLine(text) }
            return ""
        }
        let isNumeric = !cells.isEmpty && cells.allSatisfy { if case .number = $0 { true } else { false } }
        let width = max(Self.singleLine(header).displayWidth, texts.map(\.displayWidth).max() ?? 0)
        let aligned = zip(cells, texts).map { cell, text -> String in
            if case .number = cell { return text.leftPadded(toWidth: width) }
            return text
        }
        return Column(header: Self.singleLine(header), cells: aligned, isNumeric: isNumeric, width: width)
    }

    /// Text shown on one line: line breaks and tabs become spaces.
    private static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    private struct Border {
        let topLeft, topTee, topRight, leftTee, cross, rightTee, bottomLeft, bottomTee, bottomRight: String
        let horizontal, vertical: String

        static let unicode = Border(
            topLeft: "┌", topTee: "┬", topRight: "┐", leftTee: "├", cross: "┼", rightTee: "┤",
            bottomLeft: "└", bottomTee: "┴", bottomRight: "┘", horizontal: "─", vertical: "│")
        static let ascii = Border(
            topLeft: "+", topTee: "+", topRight: "+", leftTee: "+", cross: "+", rightTee: "+",
            bottomLeft: "+", bottomTee: "+", bottomRight: "+", horizontal: "-", vertical: "|")
    }
}

extension Table {
    /// The table as an HTML `<table>` for notebooks: a header row, numbers right-aligned
    /// with `digits` significant digits as in the box text, and the same `… N rows …`
    /// line in the middle of a table longer than ``maxRows``.
    public func html(digits: Int) -> String {
        var lines = ["<table>"]
        if !header.isEmpty {
            lines.append("<thead><tr>" + header.map { "<th>\(Table.escaped($0))</th>" }.joined() + "</tr></thead>")
        }
        lines.append("<tbody>")
        let (head, tail) = shownRows
        for row in head { lines.append(Table.htmlRow(row, digits: digits)) }
        if let tail {
            let hidden = rows.count - head.count - tail.count
            lines.append("<tr><td colspan=\"\(columnCount)\" style=\"text-align:center\">… \(hidden) rows …</td></tr>")
            for row in tail { lines.append(Table.htmlRow(row, digits: digits)) }
        }
        lines.append("</tbody>")
        lines.append("</table>")
        return lines.joined(separator: "\n")
    }

    private var shownRows: (head: ArraySlice<[Cell]>, tail: ArraySlice<[Cell]>?) {
        guard let maxRows, rows.count > maxRows else { return (rows[...], nil) }
        let first = maxRows / 2
        return (rows.prefix(first), rows.suffix(maxRows - first))
    }

    private static func htmlRow(_ cells: [Cell], digits: Int) -> String {
        "<tr>" + cells.map { cell in
            switch cell {
            case .number(let value): "<td style=\"text-align:right\">\(NumberText.significant(value, digits: digits))</td>"
            case .text(let text): "<td style=\"text-align:left\">\(escaped(text))</td>"
            }
        }.joined() + "</tr>"
    }

    /// Text with `&`, `<`, `>` and `"` as entities, safe inside HTML and XML.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}

import Foundation

extension Table {
    /// The table as RFC 4180 CSV: the header, then every row (none elided), each
    /// record ended by `lineEnding` (CRLF by default, as the RFC asks).
    ///
    /// Numbers are written in full precision, as the shortest text that reads back
    /// as the same double (`0.1`, `100`, `1e-10`, `nan`, `inf`). A field containing
    /// a comma, a double quote, CR or LF is enclosed in double quotes, its quotes
    /// doubled: `say "hi", twice` becomes `"say ""hi"", twice"`.
    public func csv(lineEnding: String = "\r\n") -> String {
        let width = columnCount
        var records = [Self.record(header.map(Cell.text), width: width)]
        records += rows.map { Self.record($0, width: width) }
        return records.map { $0 + lineEnding }.joined()
    }

    private static func record(_ cells: [Cell], width: Int) -> String {
        let padded = cells + Array(repeating: Cell.text(""), count: max(0, width - cells.count))
        return padded.map(field).joined(separator: ",")
    }

    private static func field(_ cell: Cell) -> String {
        switch cell {
        case .number(let value):
            return NumberText.shortest(value)
        case .text(let text):
            let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            guard needsQuotes else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}

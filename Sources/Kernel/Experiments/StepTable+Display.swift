import Optimization
import Plotting

extension StepTable {
    /// The table for a terminal: every row when it is short; otherwise the first and last
    /// rows and an even sample between, with `⋮` rows marking what is left out.
    func displayTable(edgeRows: Int = 6, sampledRows: Int = 7) -> Table {
        let total = rowCount
        var indices: [Int?] = []
        if total <= 2 * edgeRows + sampledRows + 2 {
            indices = Array(0..<total)
        } else {
            indices += (0..<edgeRows).map { $0 }
            indices.append(nil)
            let low = edgeRows, high = total - edgeRows - 1
            for k in 1...sampledRows { indices.append(low + (high - low) * k / (sampledRows + 1)) }
            indices.append(nil)
            indices += (total - edgeRows..<total).map { $0 }
        }
        let rows: [[Table.Cell]] = indices.map { index in
            guard let index else { return columns.map { _ in .text("⋮") } }
            return columns.indices.map { column in
                column == 0 ? .text(String(Int(self[index, 0]))) : .number(self[index, column])
            }
        }
        return Table(header: columns, rows: rows, maxRows: nil)
    }

    /// Every kept row as RFC 4180 CSV with full precision: what `--csv` prints for a table.
    func csv() -> String {
        var lines = [columns.joined(separator: ",")]
        lines.reserveCapacity(rowCount + 1)
        for row in 0..<rowCount {
            lines.append(columns.indices.map { StepTable.csvNumber(self[row, $0]) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// One row, as it comes from a run, as a CSV line.
    static func csvLine(_ row: UnsafeBufferPointer<Double>) -> String {
        row.map(csvNumber).joined(separator: ",")
    }

    /// The shortest text that reads back as the same double; whole numbers without `.0`.
    static func csvNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }
}

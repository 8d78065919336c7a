import Optimization
import Plotting

extension StepTable {
    /// The table for a terminal: every row when it is short; otherwise the first and last
    /// rows and an even sample between. A `⋮` row stands wherever steps are left out between
    /// two shown rows, whether the display skipped them or the run's sample never kept them.
    func displayTable(edgeRows: Int = 6, sampledRows: Int = 7) -> Table {
        var rows: [[Table.Cell]] = []
        var previousStep: Double?
        for index in shownRows(edgeRows: edgeRows, sampledRows: sampledRows) {
            let step = self[index, 0]
            if let previousStep, step - previousStep > 1 { rows.append(columns.map { _ in .text("⋮") }) }
            previousStep = step
            rows.append(columns.indices.map { column in
                column == 0 ? .text(String(Int(step))) : .number(self[index, column])
            })
        }
        return Table(header: columns, rows: rows, maxRows: nil)
    }

    /// The indices of the rows a terminal shows, increasing: all of them when there are at
    /// most `2·edgeRows + sampledRows + 2`, else the first and last `edgeRows` and
    /// `sampledRows` spread evenly between.
    func shownRows(edgeRows: Int, sampledRows: Int) -> [Int] {
        let total = rowCount
        guard total > 2 * edgeRows + sampledRows + 2 else { return Array(0..<total) }
        let low = edgeRows, high = total - edgeRows - 1
        let sampled = (0..<sampledRows).map { low + (high - low) * ($0 + 1) / (sampledRows + 1) }
        return Array(0..<edgeRows) + sampled + Array(total - edgeRows..<total)
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

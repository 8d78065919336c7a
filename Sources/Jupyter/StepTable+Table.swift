import Optimization
import Plotting

extension StepTable {
    /// Every step as a table row; the HTML shows the first and last rows of a long run.
    var table: Table {
        let columnValues = columns.indices.map { column(at: $0) }
        let rows = (0..<rowCount).map { row in
            columnValues.map { Table.Cell.number($0[$0.startIndex + row]) }
        }
        return Table(header: columns, rows: rows, maxRows: 40)
    }
}

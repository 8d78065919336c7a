/// The rows of a run kept in bounded memory, whatever its number of steps.
///
/// Every row is kept while the run has at most ``rowLimit`` rows. Past that it keeps the
/// first ``edgeRows`` rows, every `stride`-th row (the stride doubles, dropping every other
/// kept row, whenever the sample fills) and the last rows, so a table shows the start, an
/// even sample between and the end, and the `step` column says which rows are there.
struct StepSample {
    /// Rows kept before sampling starts; the sample never holds more than this.
    static let rowLimit = 4096
    /// Rows kept at the start and the end.
    static let edgeRows = 8

    private(set) var sample: StepTable
    private var head: StepTable
    private var tail: StepTable
    /// Only rows whose step is a multiple of `stride` enter the sample.
    private(set) var stride = 1
    /// Rows from this step on are kept as the end of the run.
    let tailStart: Int

    /// A sample for a run of at most `steps` updates, with `columns`.
    init(columns: [String], steps: Int) {
        sample = StepTable(columns: columns, reservingRows: min(steps + 1, 64))
        head = StepTable(columns: columns)
        tail = StepTable(columns: columns)
        tailStart = steps + 1 - StepSample.edgeRows
    }

    /// Whether row `step` is to be kept (the row of a stop is always kept as well).
    @inline(__always)
    func wants(_ step: Int) -> Bool {
        step & (stride - 1) == 0 || step < StepSample.edgeRows || step >= tailStart
    }

    /// Keeps row `step` where it belongs; `final` keeps the row a run stopped at.
    mutating func keep(_ row: UnsafeBufferPointer<Double>, step: Int, final: Bool = false) {
        if step < StepSample.edgeRows { head.append(row) }
        if step >= tailStart || (final && step >= StepSample.edgeRows) { tail.append(row) }
        guard step & (stride - 1) == 0 else { return }
        if sample.rowCount == StepSample.rowLimit {
            sample.keepEveryOtherRow()
            stride *= 2
        }
        if step & (stride - 1) == 0 { sample.append(row) }
    }

    /// The kept rows in step order, each once.
    func table() -> StepTable {
        var rows: [(step: Double, table: Int, row: Int)] = []
        let parts = [head, sample, tail]
        for (index, part) in parts.enumerated() {
            for row in 0..<part.rowCount { rows.append((part[row, 0], index, row)) }
        }
        rows.sort { $0.step < $1.step }
        var merged = StepTable(columns: sample.columns, reservingRows: rows.count)
        var lastStep = -Double.infinity
        for entry in rows where entry.step > lastStep {
            lastStep = entry.step
            merged.append(parts[entry.table].row(entry.row))
        }
        merged.trim()
        return merged
    }
}

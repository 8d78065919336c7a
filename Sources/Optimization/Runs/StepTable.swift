/// The numbers of a run, one row per step, stored column by column in one flat array.
///
/// Row 0 is the start; row k holds the parameters after k steps and the quantities
/// evaluated at those parameters (loss, gradient norm) or left by the k-th update
/// (optimizer state, the step just applied). Column `c`, row `r` lives at
/// `storage[c * capacity + r]`, so a column is one contiguous slice.
public struct StepTable: Sendable {
    /// Column names, in order.
    public let columns: [String]
    /// Rows recorded.
    public private(set) var rowCount = 0
    private var capacity: Int
    private var storage: [Double]

    /// An empty table with the given columns and room for `reservingRows` rows before it grows.
    public init(columns: [String], reservingRows: Int = 0) {
        self.columns = columns
        capacity = max(reservingRows, 0)
        storage = [Double](repeating: 0, count: columns.count * capacity)
    }

    /// The position of the column named `name`.
    public func index(of name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// The recorded values of column `index`, row 0 first.
    public func column(at index: Int) -> ArraySlice<Double> {
        storage[index * capacity ..< index * capacity + rowCount]
    }

    /// The recorded values of the column named `name`, or nil if there is none.
    public func column(_ name: String) -> ArraySlice<Double>? {
        index(of: name).map(column(at:))
    }

    /// The value in row `row`, column `column`.
    public subscript(row: Int, column: Int) -> Double {
        precondition(row >= 0 && row < rowCount && column >= 0 && column < columns.count)
        return storage[column * capacity + row]
    }

    /// All values of row `row`, in column order.
    public func row(_ row: Int) -> [Double] {
        (0..<columns.count).map { self[row, $0] }
    }

    /// Appends a row of `columns.count` values, doubling the capacity when full.
    public mutating func append(_ row: UnsafeBufferPointer<Double>) {
        precondition(row.count == columns.count)
        if rowCount == capacity { relayout(capacity: max(2 * capacity, 64)) }
        storage.withUnsafeMutableBufferPointer { s in
            for c in 0..<row.count { s[c * capacity + rowCount] = row[c] }
        }
        rowCount += 1
    }

    /// Appends a row given as an array.
    public mutating func append(_ row: [Double]) {
        row.withUnsafeBufferPointer { append($0) }
    }

    /// Drops rows 1, 3, 5, …, keeping rows 0, 2, 4, … in order: how a sample halves.
    public mutating func keepEveryOtherRow() {
        let kept = (rowCount + 1) / 2
        storage.withUnsafeMutableBufferPointer { s in
            for c in 0..<columns.count {
                for r in 0..<kept { s[c * capacity + r] = s[c * capacity + 2 * r] }
            }
        }
        rowCount = kept
    }

    /// Releases the room reserved beyond the recorded rows.
    public mutating func trim() {
        if capacity != rowCount { relayout(capacity: rowCount) }
    }

    private mutating func relayout(capacity newCapacity: Int) {
        var grown = [Double](repeating: 0, count: columns.count * newCapacity)
        for c in 0..<columns.count {
            for r in 0..<rowCount { grown[c * newCapacity + r] = storage[c * capacity + r] }
        }
        storage = grown
        capacity = newCapacity
    }
}

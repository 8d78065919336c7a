/// Rows of numbers and text under a header: optimizer steps, exercise results.
///
/// ```
/// ┌──────┬─────────┐
/// │ step │       x │
/// ├──────┼─────────┤
/// │    0 │ 1.5     │
/// │    1 │ 0.75    │
/// │   10 │ 0.00146 │
/// └──────┴─────────┘
/// ```
/// Numbers are written with ``RenderOptions/digits`` significant digits and
/// aligned on their decimal point (an exponent counts as part of the fraction);
/// text is left-aligned. A header is right-aligned over a column of numbers only.
/// Borders are box drawing on a braille canvas and `+-|` on ASCII. Tables longer
/// than `maxRows` show their first and last rows around a `⋮ N rows ⋮` line. A
/// table too wide for the options first loses significant digits (down to 4),
/// then is folded: its columns are shown in several tables one under another, each
/// repeating the first column (the step, the layer) so every row can still be read,
/// with a ``foldNotice`` line under every part but the last.
public struct Table: TextRenderable {
    public var header: [String]
    public var rows: [[Cell]]
    /// Rows shown before the middle is elided; `nil` shows every row.
    public var maxRows: Int?

    public init(header: [String], rows: [[Cell]], maxRows: Int? = 40) {
        self.header = header
        self.rows = rows
        self.maxRows = maxRows
    }

    /// The line under a part of a folded table, so the columns below are not missed.
    public static let foldNotice = "(columns continue below)"

    /// The number of columns: the longest of the header and the rows.
    var columnCount: Int { max(header.count, rows.map(\.count).max() ?? 0) }

    public func render(_ options: RenderOptions) -> [String] {
        guard columnCount > 0 else { return ["(empty table)"] }
        var digits = max(1, options.digits)
        var lines = TableLayout(table: self, digits: digits, canvas: options.canvas).lines()
        while digits > 4, lines.contains(where: { $0.displayWidth > options.width }) {
            digits -= 1
            lines = TableLayout(table: self, digits: digits, canvas: options.canvas).lines()
        }
        if lines.contains(where: { $0.displayWidth > options.width }), columnCount > 2 {
            return folded(digits: digits, options: options)
        }
        return truncated(lines, options)
    }

    /// The columns in groups that fit the width, each group led by the first column.
    private func folded(digits: Int, options: RenderOptions) -> [String] {
        var groups: [[Int]] = []
        var group = [0]
        for column in 1..<columnCount {
            let widened = group + [column]
            if group.count > 1, selecting(widened).widest(digits: digits, options) > options.width {
                groups.append(group)
                group = [0, column]
            } else {
                group = widened
            }
        }
        groups.append(group)
        var lines: [String] = []
        for (index, columns) in groups.enumerated() {
            lines += truncated(TableLayout(table: selecting(columns), digits: digits, canvas: options.canvas).lines(), options)
            if index < groups.count - 1 { lines += truncated([Self.foldNotice], options) + [""] }
        }
        return lines
    }

    private func selecting(_ columns: [Int]) -> Table {
        func pick<T>(_ items: [T]) -> [T] { columns.compactMap { items.indices.contains($0) ? items[$0] : nil } }
        return Table(header: pick(header), rows: rows.map(pick), maxRows: maxRows)
    }

    private func widest(digits: Int, _ options: RenderOptions) -> Int {
        TableLayout(table: self, digits: digits, canvas: options.canvas).lines().map(\.displayWidth).max() ?? 0
    }

    private func truncated(_ lines: [String], _ options: RenderOptions) -> [String] {
        let ellipsis = options.canvas == .braille ? "…" : "~"
        return lines.map { $0.truncated(toWidth: options.width, ellipsis: ellipsis) }
    }
}

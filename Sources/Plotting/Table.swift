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
/// than `maxRows` show their first and last rows around a `… N rows …` line. A
/// table too wide for the options first loses significant digits (down to 4),
/// then has its lines cut with `…`.
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
        let ellipsis = options.canvas == .braille ? "…" : "~"
        return lines.map { $0.truncated(toWidth: options.width, ellipsis: ellipsis) }
    }
}

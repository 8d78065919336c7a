/// A grid of character cells that lines, markers and shading are drawn onto.
///
/// A braille canvas has 2×4 dots per cell (U+2800–U+28FF), an ASCII canvas one
/// dot per cell, marked with the pen's character. Each cell shows, by priority, a
/// glyph placed on it (markers such as `●` or `S`), else its dots, else its
/// background (shading, axes), else blank: U+2800 on braille, a space on ASCII, so
/// every row has the same display width. Dot coordinates run from the top-left,
/// `x` across and `y` down.
struct Canvas: Sendable {
    let kind: CanvasKind
    let columns: Int
    let rows: Int

    private var dots: [UInt8]
    private var dotMarks: [Unicode.Scalar]
    private var dotInks: [Ink]
    private var glyphs: [Unicode.Scalar?]
    private var glyphInks: [Ink]
    private var backgrounds: [Unicode.Scalar?]
    private var backgroundInks: [Ink]

    init(kind: CanvasKind, columns: Int, rows: Int) {
        self.kind = kind
        self.columns = max(columns, 1)
        self.rows = max(rows, 1)
        let cells = self.columns * self.rows
        dots = Array(repeating: 0, count: cells)
        dotMarks = Array(repeating: " ", count: cells)
        dotInks = Array(repeating: .plain, count: cells)
        glyphs = Array(repeating: nil, count: cells)
        glyphInks = Array(repeating: .plain, count: cells)
        backgrounds = Array(repeating: nil, count: cells)
        backgroundInks = Array(repeating: .plain, count: cells)
    }

    /// Dots across one cell: 2 for braille, 1 for ASCII.
    var dotsAcross: Int { kind == .braille ? 2 : 1 }
    /// Dots down one cell: 4 for braille, 1 for ASCII.
    var dotsDown: Int { kind == .braille ? 4 : 1 }
    var dotColumns: Int { columns * dotsAcross }
    var dotRows: Int { rows * dotsDown }

    /// Braille dot bits by position in the cell, `[row][column]` (Unicode order).
    private static let brailleBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    /// Inks one dot if it lies on the canvas.
    mutating func setDot(x: Int, y: Int, pen: Pen) {
        guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
        let index = (y / dotsDown) * columns + x / dotsAcross
        if kind == .braille {
            dots[index] |= Self.brailleBits[y % 4][x % 2]
        } else {
            dots[index] = 1
            dotMarks[index] = pen.mark
        }
        dotInks[index] = pen.ink
    }

    /// Inks the dot nearest a continuous dot position, if on the canvas.
    mutating func setDot(at point: (x: Double, y: Double), pen: Pen) {
        guard point.x.isFinite, point.y.isFinite else { return }
        guard point.x > -0.5, point.y > -0.5,
            point.x < Double(dotColumns) - 0.5, point.y < Double(dotRows) - 0.5
        else { return }
        setDot(x: Int(point.x.rounded()), y: Int(point.y.rounded()), pen: pen)
    }

    /// Draws a straight segment between continuous dot positions, clipped to the
    /// canvas first so far-off points (1e300) cost nothing; dashes follow the pen.
    mutating func drawLine(from start: (x: Double, y: Double), to end: (x: Double, y: Double), pen: inout Pen) {
        guard let (a, b) = clip(start, end) else { return }
        var x = Int(a.x.rounded()), y = Int(a.y.rounded())
        let x1 = Int(b.x.rounded()), y1 = Int(b.y.rounded())
        let dx = abs(x1 - x), dy = -abs(y1 - y)
        let sx = x < x1 ? 1 : -1, sy = y < y1 ? 1 : -1
        var error = dx + dy
        while true {
            if pen.dash.isInked(at: pen.progress) { setDot(x: x, y: y, pen: pen) }
            pen.progress += 1
            if x == x1 && y == y1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    /// Puts a marker glyph on the cell holding a continuous dot position.
    mutating func place(_ glyph: Unicode.Scalar, at point: (x: Double, y: Double), ink: Ink) {
        guard point.x.isFinite, point.y.isFinite,
            point.x > -0.5, point.y > -0.5,
            point.x < Double(dotColumns) - 0.5, point.y < Double(dotRows) - 0.5
        else { return }
        let column = Int(point.x.rounded()) / dotsAcross
        let row = Int(point.y.rounded()) / dotsDown
        glyphs[row * columns + column] = glyph
        glyphInks[row * columns + column] = ink
    }

    /// Sets what a cell shows when nothing is drawn on it.
    mutating func setBackground(_ scalar: Unicode.Scalar, column: Int, row: Int, ink: Ink = .plain) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        backgrounds[row * columns + column] = scalar
        backgroundInks[row * columns + column] = ink
    }

    /// The rows as inked lines, neighbouring cells of one ink in one run; without `color`
    /// every run is plain.
    func lines(color: Bool) -> [InkedLine] {
        let blank: Unicode.Scalar = kind == .braille ? "\u{2800}" : " "
        return (0..<rows).map { row in
            var line = InkedLine()
            var text = String.UnicodeScalarView()
            var current = Ink.plain
            for column in 0..<columns {
                let (scalar, cellInk) = cell(row * columns + column, blank: blank)
                let ink = color ? cellInk : .plain
                if ink != current {
                    line.append(String(text), current)
                    text = String.UnicodeScalarView()
                    current = ink
                }
                text.append(scalar)
            }
            line.append(String(text), current)
            return line
        }
    }

    private func cell(_ index: Int, blank: Unicode.Scalar) -> (Unicode.Scalar, Ink) {
        if let glyph = glyphs[index] { return (glyph, glyphInks[index]) }
        if dots[index] != 0 {
            if kind == .ascii { return (dotMarks[index], dotInks[index]) }
            return (Unicode.Scalar(0x2800 + UInt32(dots[index]))!, dotInks[index])
        }
        if let background = backgrounds[index] { return (background, backgroundInks[index]) }
        return (blank, .plain)
    }

    /// Liang–Barsky clipping of a segment to the canvas, widened by half a dot.
    private func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double))
        -> ((x: Double, y: Double), (x: Double, y: Double))?
    {
        let minX = -0.49, minY = -0.49
        let maxX = Double(dotColumns) - 0.51, maxY = Double(dotRows) - 0.51
        let dx = b.x - a.x, dy = b.y - a.y
        guard dx.isFinite, dy.isFinite else { return nil }
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return nil }
            }
        }
        return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
    }
}

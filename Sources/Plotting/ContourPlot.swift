/// A function of two variables as a heat map, with optimizer paths drawn on top.
///
/// ```swift
/// ContourPlot({ x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) },
///             x: Interval(-2, 2), y: Interval(-1, 3), levels: .logarithmic,
///             paths: [.init("gradient descent", points: steps)])
/// ```
/// Each character cell is shaded by the level of `f` at its centre: ` ░▒▓█` on a
/// braille canvas, ` .:-=+*#%@` on ASCII, low values light; cells where `f` is not
/// finite show `?`. Paths are lines (braille dots, or ASCII `o x & $ ~ ^`) that
/// cover the shading, with the start marked `●` (ASCII `S`) and the end `◆`
/// (ASCII `E`). The legend lists each level's range, then each path.
public struct ContourPlot: TextRenderable {
    /// A named sequence of points, such as the iterates of an optimizer.
    public struct Path: Sendable {
        public var name: String
        public var points: [(x: Double, y: Double)]

        public init(_ name: String, points: [(x: Double, y: Double)]) {
            self.name = name
            self.points = points
        }
    }

    public var function: @Sendable (Double, Double) -> Double
    public var x: Interval
    public var y: Interval
    public var levels: Spacing
    public var paths: [Path]
    public var title: String?
    /// The two variables' names, drawn by the SVG renderer.
    public var axisTitles = AxisTitles()
    /// Overrides ``RenderOptions/width``.
    public var width: Int?
    /// Overrides ``RenderOptions/height``.
    public var height: Int?

    /// Plot rows when neither the plot nor the options say.
    public static let defaultHeight = 20

    public init(
        _ function: @escaping @Sendable (Double, Double) -> Double,
        x: Interval,
        y: Interval,
        levels: Spacing = .linear,
        paths: [Path] = [],
        title: String? = nil,
        width: Int? = nil,
        height: Int? = nil
    ) {
        self.function = function
        self.x = x
        self.y = y
        self.levels = levels
        self.paths = paths
        self.title = title
        self.width = width
        self.height = height
    }

    /// The background shades from lowest to highest band on a `kind` canvas.
    static func shades(for kind: CanvasKind) -> [Unicode.Scalar] {
        switch kind {
        case .braille: [" ", "░", "▒", "▓", "█"]
        case .ascii: [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]
        }
    }
    static let pathMarks: [Unicode.Scalar] = ["o", "x", "&", "$", "~", "^"]

    public func render(_ options: RenderOptions) -> [String] {
        inkedLines(options).map(\.plain)
    }

    /// The plot drawn as lines of runs, each in the ink of what it shows (a path, or plain).
    public func inkedLines(_ options: RenderOptions) -> [InkedLine] {
        let width = self.width ?? options.width
        let rows = max(2, height ?? options.height ?? Self.defaultHeight)
        for (name, interval) in [("x", x), ("y", y)] {
            guard interval.isFinite else {
                let reason = "\(name) range \(name) = \(interval) is not finite"
                return PlotMessage.nothingToPlot(reason, width: width).inked
            }
            guard interval.lower <= interval.upper else {
                return PlotMessage.nothingToPlot("empty \(name) range \(name) = \(interval)", width: width).inked
            }
        }
        let xScale = Scale(x.widenedIfDegenerate), yScale = Scale(y.widenedIfDegenerate)
        let kind = options.canvas
        let dotsAcross = kind == .braille ? 2 : 1, dotsDown = kind == .braille ? 4 : 1
        let yTicks = TickSearch(scale: yScale, cells: rows, dotsPerCell: dotsDown, orientation: .vertical)
            .linearTicks()
        let margin = PlotFrame.margin(for: yTicks)
        let columns = width - margin - 2
        guard columns >= 8 else { return PlotMessage.tooNarrow(needed: margin + 10, width: width).inked }
        let xTicks = TickSearch(
            scale: xScale, cells: columns, dotsPerCell: dotsAcross,
            orientation: .horizontal(offset: margin + 1, totalWidth: width)
        ).linearTicks()

        let values = grid(columns: columns, rows: rows, xScale: xScale, yScale: yScale)
        let shades = Self.shades(for: kind)
        guard let bands = ContourLevels(values: values, count: shades.count, spacing: levels) else {
            return PlotMessage.nothingToPlot("no finite values on x = \(x), y = \(y)", width: width).inked
        }
        var canvas = Canvas(kind: kind, columns: columns, rows: rows)
        for row in 0..<rows {
            for column in 0..<columns {
                let shade = bands.level(of: values[row * columns + column]).map { shades[$0 * shades.count / bands.count] }
                canvas.setBackground(shade ?? "?", column: column, row: row)
            }
        }
        let pathEntries = drawPaths(on: &canvas, xScale: xScale, yScale: yScale, color: options.color)

        var levelEntries = zip(0..<bands.count, bands.bandLabels).map { index, label in
            Legend.Entry(sample: "[\(shades[index * shades.count / bands.count])]", ink: .plain, name: label)
        }
        if values.contains(where: { !$0.isFinite }) {
            levelEntries.append(.init(sample: "[?]", ink: .plain, name: "undefined"))
        }
        var footer = Legend(entries: levelEntries).lines(width: width, indent: margin + 1, color: options.color)
        footer += Legend(entries: pathEntries).lines(width: width, indent: margin + 1, color: options.color)
        if let note = bands.note { footer.append(InkedLine(note.truncated(toWidth: width))) }
        return PlotFrame(
            kind: kind, width: width, title: title, canvas: canvas.lines(color: options.color),
            columns: columns, yTicks: yTicks, xTicks: xTicks, footer: footer
        ).lines()
    }

    /// `f` at each cell's centre, row by row from the top.
    private func grid(columns: Int, rows: Int, xScale: Scale, yScale: Scale) -> [Double] {
        let xs = (0..<columns).map { xScale.value(atFraction: (Double($0) + 0.5) / Double(columns)) }
        var values: [Double] = []
        values.reserveCapacity(columns * rows)
        for row in 0..<rows {
            let y = yScale.value(atFraction: 1 - (Double(row) + 0.5) / Double(rows))
            for x in xs { values.append(function(x, y)) }
        }
        return values
    }

    /// Draws every path with its start and end markers; returns their legend entries.
    private func drawPaths(on canvas: inout Canvas, xScale: Scale, yScale: Scale, color: Bool) -> [Legend.Entry] {
        let braille = canvas.kind == .braille
        let (startGlyph, endGlyph): (Unicode.Scalar, Unicode.Scalar) = braille ? ("●", "◆") : ("S", "E")
        let dotColumns = Double(canvas.dotColumns - 1), dotRows = Double(canvas.dotRows - 1)
        func dot(_ point: (x: Double, y: Double)) -> (x: Double, y: Double)? {
            guard let fx = xScale.fraction(point.x), let fy = yScale.fraction(point.y) else { return nil }
            return (fx * dotColumns, (1 - fy) * dotRows)
        }
        var entries: [Legend.Entry] = []
        for (index, path) in paths.enumerated() {
            let ink = color ? Ink.series(index) : .plain
            let mark = Self.pathMarks[index % Self.pathMarks.count]
            let dash = braille ? DashPattern.cycling(index) : DashPattern.solid
            var pen = Pen(ink: ink, mark: mark, dash: dash)
            let dots = path.points.map(dot)
            var previous: (x: Double, y: Double)?
            for here in dots {
                if let here { canvas.drawLine(from: previous ?? here, to: here, pen: &pen) }
                previous = here
            }
            let placed = dots.compactMap { $0 }
            if let first = placed.first { canvas.place(startGlyph, at: first, ink: ink) }
            if let last = placed.last, placed.count > 1 { canvas.place(endGlyph, at: last, ink: ink) }
            let line = braille ? dash.sample : String(repeating: String(mark), count: 3)
            entries.append(.init(sample: "\(startGlyph)\(line)\(endGlyph)", ink: ink, name: path.name))
        }
        return entries
    }
}

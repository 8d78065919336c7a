/// Draws the series of a ``LinePlot`` onto a canvas and builds their legend.
struct CurveDrawing {
    var canvas: Canvas
    let xScale: Scale
    let yScale: Scale
    let color: Bool

    /// ASCII marks, one per series, for lines and scatter alike.
    static let asciiMarks: [Unicode.Scalar] = ["*", "o", "x", "#", "@", "%", "&", "$"]
    /// Braille-mode scatter markers, one per scatter series.
    static let markers: [Unicode.Scalar] = ["●", "○", "◆", "■", "▲", "◇", "□", "△"]

    /// The continuous dot position of a data point, or `nil` if it cannot be placed.
    func dot(_ x: Double, _ y: Double) -> (x: Double, y: Double)? {
        guard let fx = xScale.fraction(x), let fy = yScale.fraction(y) else { return nil }
        return (fx * Double(canvas.dotColumns - 1), (1 - fy) * Double(canvas.dotRows - 1))
    }

    /// Faint lines along y = 0 and x = 0 when zero lies strictly inside a linear range.
    mutating func drawAxes() {
        let ink = Ink.faint
        let (horizontal, vertical, crossing): (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) =
            canvas.kind == .braille ? ("┈", "┊", "┼") : (".", ":", "+")
        let row = zeroCell(yScale, cells: canvas.rows, dotsPerCell: canvas.dotsDown).map { canvas.rows - 1 - $0 }
        let column = zeroCell(xScale, cells: canvas.columns, dotsPerCell: canvas.dotsAcross)
        if let row {
            for c in 0..<canvas.columns { canvas.setBackground(horizontal, column: c, row: row, ink: ink) }
        }
        if let column {
            for r in 0..<canvas.rows { canvas.setBackground(vertical, column: column, row: r, ink: ink) }
        }
        if let row, let column { canvas.setBackground(crossing, column: column, row: row, ink: ink) }
    }

    private func zeroCell(_ scale: Scale, cells: Int, dotsPerCell: Int) -> Int? {
        guard !scale.isLogarithmic, scale.interval.lower < 0, scale.interval.upper > 0 else { return nil }
        return scale.cell(0, cells: cells, dotsPerCell: dotsPerCell)
    }

    /// Draws every series in order and returns the legend entries, one per series.
    mutating func draw(_ series: [Series], samples: [(xs: [Double], ys: [Double])]) -> Legend {
        var entries: [Legend.Entry] = []
        var lineIndex = 0
        var scatterIndex = 0
        for (index, (series, sample)) in zip(series, samples).enumerated() {
            let ink = color ? Ink.series(index) : .plain
            let mark = Self.asciiMarks[index % Self.asciiMarks.count]
            switch series.style {
            case .line:
                let dash = canvas.kind == .ascii ? DashPattern.solid : DashPattern.cycling(lineIndex)
                lineIndex += 1
                var pen = Pen(ink: ink, mark: mark, dash: dash)
                drawLine(sample, function: series.function, pen: &pen)
                let legendSample = canvas.kind == .ascii ? String(mark) : dash.sample
                entries.append(.init(sample: legendSample, ink: ink, name: series.name))
            case .scatter:
                let marker = canvas.kind == .ascii ? mark : Self.markers[scatterIndex % Self.markers.count]
                scatterIndex += 1
                for (x, y) in zip(sample.xs, sample.ys) {
                    if let point = dot(x, y) { canvas.place(marker, at: point, ink: ink) }
                }
                entries.append(.init(sample: String(marker), ink: ink, name: series.name))
            }
        }
        return Legend(entries: entries)
    }

    /// Joins consecutive placeable points; for a function, checks large jumps for a
    /// pole and extends the line to the edges of its domain.
    private mutating func drawLine(
        _ sample: (xs: [Double], ys: [Double]), function: (@Sendable (Double) -> Double)?, pen: inout Pen
    ) {
        let count = min(sample.xs.count, sample.ys.count)
        var previous: (x: Double, y: Double, dot: (x: Double, y: Double)?)?
        for index in 0..<count {
            let x = sample.xs[index], y = sample.ys[index]
            let here = dot(x, y)
            var joined = false
            if let previous, let f = function {
                switch (previous.dot, here) {
                case (let a?, let b?):
                    if abs(a.y - b.y) <= Double(canvas.dotRows) / 2
                        || !isBroken(f, from: (previous.x, previous.y), to: (x, y))
                    {
                        canvas.drawLine(from: a, to: b, pen: &pen)
                        joined = true
                    }
                case (let a?, nil):
                    if let edge = domainEdge(f, inside: (previous.x, previous.y), outside: x) {
                        canvas.drawLine(from: a, to: edge, pen: &pen)
                    }
                case (nil, let b?):
                    if let edge = domainEdge(f, inside: (x, y), outside: previous.x) {
                        canvas.drawLine(from: edge, to: b, pen: &pen)
                        joined = true
                    }
                case (nil, nil):
                    break
                }
            } else if let previous, let a = previous.dot, let b = here {
                canvas.drawLine(from: a, to: b, pen: &pen)
                joined = true
            }
            if let b = here, !joined { canvas.drawLine(from: b, to: b, pen: &pen) }
            previous = (x, y, here)
        }
    }

    /// Whether `f` jumps between two samples rather than climbing steeply: bisects
    /// toward the larger half of the jump 40 times; a jump that stays above a
    /// tenth of its size, or a non-placeable value on the way, is a break.
    private func isBroken(
        _ f: (Double) -> Double, from start: (x: Double, y: Double), to end: (x: Double, y: Double)
    ) -> Bool {
        guard var low = yScale.fraction(start.y), var high = yScale.fraction(end.y) else { return true }
        var (a, b) = (start.x, end.x)
        let jump = abs(high - low)
        for _ in 0..<40 {
            let middle = a / 2 + b / 2
            guard middle != a, middle != b else { break }
            guard let value = yScale.fraction(f(middle)) else { return true }
            if abs(value - low) >= abs(high - value) {
                (b, high) = (middle, value)
            } else {
                (a, low) = (middle, value)
            }
        }
        return abs(high - low) > jump / 10
    }

    /// The placeable point of `f` nearest to where it stops being placeable between
    /// `inside` and `outside`, found by 48 bisections.
    private func domainEdge(
        _ f: (Double) -> Double, inside: (x: Double, y: Double), outside: Double
    ) -> (x: Double, y: Double)? {
        var good = inside
        var bad = outside
        for _ in 0..<48 {
            let middle = good.x / 2 + bad / 2
            guard middle != good.x, middle != bad else { break }
            let value = f(middle)
            if dot(middle, value) != nil { good = (middle, value) } else { bad = middle }
        }
        return dot(good.x, good.y)
    }
}

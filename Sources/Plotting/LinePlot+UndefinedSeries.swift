extension LinePlot {
    /// Samples of a function series when looking for a defined value: enough to find a
    /// curve that is defined only on part of the range.
    static let definednessSamples = 2000

    /// The series that draw nothing because no value on the plot's x range is a finite
    /// number, such as (−0.8)^k between the integers. Functions are sampled at the midpoints
    /// of `definednessSamples` equal cells of the range, so a curve defined only at isolated
    /// points (k = 0, 1, 2, …), which a line cannot show, counts as drawing nothing; points
    /// are taken as given.
    public var seriesUndefinedEverywhere: [Series] {
        guard case .success(let range) = resolvedX() else { return [] }
        return series.filter { !$0.hasFiniteValue(over: range) }
    }
}

extension Series {
    /// Whether some sample of this series over `range` is a finite point.
    func hasFiniteValue(over range: Interval) -> Bool {
        switch source {
        case .points(let xs, let ys):
            return zip(xs, ys).contains { $0.isFinite && $1.isFinite }
        case .function(let f):
            let n = LinePlot.definednessSamples
            return (0..<n).contains { i in
                f(range.lower + (range.upper - range.lower) * (Double(i) + 0.5) / Double(n)).isFinite
            }
        }
    }

    /// The series evaluated only at `xs`, its points joined in order: a function of an
    /// integer step k drawn at k = 0, 1, 2, … rather than between them. Points stay as given.
    public func sampled(at xs: [Double]) -> Series {
        guard case .function(let f) = source else { return self }
        return Series(name: name, style: style, source: .points(xs: xs, ys: xs.map(f)))
    }
}

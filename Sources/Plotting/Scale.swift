import Foundation

/// Maps data values onto a line of dots, linearly or by powers of ten.
///
/// Dots are numbered `0..<dots`; the first dot is the interval's lower bound and the
/// last its upper bound, and a value is drawn at the nearest dot. Arithmetic halves
/// both bounds first, so intervals as wide as ±1.8e308 do not overflow.
struct Scale: Sendable {
    /// The interval in data units.
    let interval: Interval
    let isLogarithmic: Bool
    /// Bounds in scale units: the data bounds, or their base-10 logarithms.
    private let low: Double
    private let high: Double

    /// A scale over `interval`; a logarithmic one needs a positive interval.
    init(_ interval: Interval, logarithmic: Bool = false) {
        self.interval = interval
        isLogarithmic = logarithmic
        low = logarithmic ? log10(interval.lower) : interval.lower
        high = logarithmic ? log10(interval.upper) : interval.upper
    }

    /// Where `value` lies: 0 at the lower bound, 1 at the upper bound, beyond that
    /// outside. `nil` when the value cannot be placed (non-finite, or ≤ 0 on a log scale).
    func fraction(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        if isLogarithmic {
            guard value > 0 else { return nil }
            return (log10(value) - low) / (high - low)
        }
        return (value / 2 - low / 2) / (high / 2 - low / 2)
    }

    /// The data value at a fraction of the way from the lower to the upper bound.
    func value(atFraction fraction: Double) -> Double {
        if isLogarithmic { return pow(10, low + fraction * (high - low)) }
        return 2 * (low / 2 + fraction * (high / 2 - low / 2))
    }

    /// The continuous dot coordinate of `value` among `dots` dots, counted from the
    /// lower bound; the caller flips it for rows drawn from the top.
    func dot(_ value: Double, dots: Int) -> Double? {
        fraction(value).map { $0 * Double(dots - 1) }
    }

    /// The character cell holding `value` when each cell is `dotsPerCell` dots wide,
    /// or `nil` when the value lies outside the interval.
    func cell(_ value: Double, cells: Int, dotsPerCell: Int) -> Int? {
        guard let fraction = fraction(value), fraction >= -1e-9, fraction <= 1 + 1e-9 else {
            return nil
        }
        let dots = cells * dotsPerCell
        let dot = Int((min(max(fraction, 0), 1) * Double(dots - 1)).rounded())
        return dot / dotsPerCell
    }
}

import Foundation

/// The value bands of a heat map: which shade each value gets.
///
/// Linear levels split `min...max` of the finite values into equal bands.
/// Logarithmic levels split `low...max` into bands of equal ratio, where `low` is
/// the smallest positive value (but at most 12 powers of ten below the maximum);
/// values at or below `low`, zero and negatives included, fall in the first band.
/// Without positive values, logarithmic levels fall back to linear ones and say so.
struct ContourLevels: Sendable {
    /// Band edges, one more than the number of bands, increasing.
    let boundaries: [Double]
    let spacing: Spacing
    /// A remark for the student, such as the log fallback.
    let note: String?

    init?(values: [Double], count: Int, spacing requested: Spacing) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        var spacing = requested
        var note: String?
        var bottom = low
        if requested == .logarithmic {
            let positive = finite.filter { $0 > 0 }
            if let smallest = positive.min(), high > smallest {
                bottom = max(smallest, high * 1e-12)
            } else {
                spacing = .linear
                note = "note: log levels need positive values of different size; using linear levels"
            }
        }
        let bands = Interval(bottom, high).widenedIfDegenerate == Interval(bottom, high) ? max(count, 1) : 1
        self.spacing = spacing
        self.note = note
        boundaries = (0...bands).map { index in
            let t = Double(index) / Double(bands)
            if index == bands { return high }
            if spacing == .logarithmic { return bottom * pow(high / bottom, t) }
            return (1 - t) * bottom + t * high
        }
    }

    var count: Int { boundaries.count - 1 }

    /// The band of `value`, from 0; `nil` for a non-finite value.
    func level(of value: Double) -> Int? {
        guard value.isFinite else { return nil }
        let low = boundaries[0], high = boundaries[count]
        guard high > low, value > low else { return 0 }
        // Halves first, so values near ±greatestFiniteMagnitude do not overflow the span.
        let t = spacing == .logarithmic ? log(value / low) / log(high / low) : (value / 2 - low / 2) / (high / 2 - low / 2)
        guard t.isFinite else { return count - 1 }
        return min(count - 1, max(0, Int(t * Double(count))))
    }

    /// `a..b` for each band, numbers to three significant digits.
    var bandLabels: [String] {
        (0..<count).map { index in
            let low = NumberText.compact(boundaries[index]), high = NumberText.compact(boundaries[index + 1])
            return low == high ? low : "\(low)..\(high)"
        }
    }
}

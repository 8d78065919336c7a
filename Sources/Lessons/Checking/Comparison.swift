import Foundation

/// When two computed values count as equal.
///
/// `|yours − expected| ≤ max(tolerance · |expected|, floor)`, where the floor is the tolerance
/// times the answer's own scale (its largest magnitude over the sample points), so an answer
/// of `1e-8` is judged relative to 1e-8 and a function is not judged more strictly where it
/// crosses zero. An answer that is zero everywhere accepts only rounding error (1e-12).
struct Comparison: Sendable {
    var tolerance: Double
    var floor: Double

    init(tolerance: Double, scale: Double) {
        self.tolerance = tolerance
        floor = scale > 0 && scale.isFinite ? tolerance * scale : Comparison.roundingError
    }

    /// What a zero answer allows: the rounding error of a few double operations.
    static let roundingError = 1e-12

    func close(_ value: Double, _ target: Double) -> Bool {
        guard value.isFinite, target.isFinite else { return value == target }
        return abs(value - target) <= max(tolerance * abs(target), floor)
    }

    /// Whether `value`, typed with `figures` significant figures, is `target` correctly
    /// rounded to that many (`0.354` for 0.353553…).
    static func isRounding(_ value: Double, of target: Double, figures: Int) -> Bool {
        guard figures >= 3, figures <= 17, target.isFinite, target != 0 else { return false }
        guard let rounded = Double(String(format: "%.*e", Int32(figures - 1), target)) else { return false }
        return abs(value - rounded) <= 1e-12 * abs(rounded)
    }
}

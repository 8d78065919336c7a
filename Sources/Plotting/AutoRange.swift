/// Chooses an axis range from the values to be shown.
///
/// The rule, applied to the finite values (in log10 units on a log axis):
/// 1. Take the smallest and largest value.
/// 2. With at least 20 values, if that spread is more than 4 times the spread
///    between the 2nd and 98th percentiles, the extremes are spikes (near a pole,
///    say): use the percentiles instead, so the bulk of the curve stays readable,
///    and report the range as clipped.
/// 3. A spread too small to draw (a constant) is widened by 10 % of the value on
///    each side, or by 1 around zero.
/// 4. Otherwise add a margin of 5 % of the spread on each side (10 % when clipped).
enum AutoRange {
    static func interval(for values: [Double]) -> (interval: Interval, clipped: Bool)? {
        let sorted = values.filter(\.isFinite).sorted()
        guard var low = sorted.first, var high = sorted.last else { return nil }
        var clipped = false
        if sorted.count >= 20 {
            let last = Double(sorted.count - 1)
            let lowQuantile = sorted[Int((0.02 * last).rounded(.down))]
            let highQuantile = sorted[Int((0.98 * last).rounded(.up))]
            if highQuantile > lowQuantile && high / 2 - low / 2 > 4 * (highQuantile / 2 - lowQuantile / 2) {
                (low, high, clipped) = (lowQuantile, highQuantile, true)
            }
        }
        let degenerate = Interval(low, high).widenedIfDegenerate
        if degenerate != Interval(low, high) { return (degenerate, clipped) }
        let margin = clipped ? 0.1 : 0.05
        let pad = margin * high - margin * low
        let lower = max(low - pad, -Double.greatestFiniteMagnitude)
        let upper = min(high + pad, Double.greatestFiniteMagnitude)
        return (Interval(lower, upper), clipped)
    }
}

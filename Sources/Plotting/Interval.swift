/// A range of real numbers as a student typed it, such as `x = -1..1`.
///
/// Unlike `ClosedRange`, an `Interval` may be empty (`lower > upper`), zero-width or
/// have non-finite bounds: plots check for these and explain them instead of trapping.
public struct Interval: Sendable, Hashable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double

    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    public init(_ range: ClosedRange<Double>) {
        self.init(range.lowerBound, range.upperBound)
    }

    /// `lower..upper` with each bound in its shortest exact form, e.g. `-1..1`.
    public var description: String {
        "\(NumberText.shortest(lower))..\(NumberText.shortest(upper))"
    }

    var isFinite: Bool { lower.isFinite && upper.isFinite }

    /// `upper - lower`, computed without overflowing for bounds near ±1.8e308.
    var halfWidth: Double { upper / 2 - lower / 2 }

    /// Whether `value` lies inside, bounds included.
    func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// A zero-width interval widened so it can be drawn: by 10 % of the value on
    /// each side, or by 1 around zero. Wider intervals are returned unchanged.
    var widenedIfDegenerate: Interval {
        let scale = max(abs(lower), abs(upper))
        guard halfWidth <= scale * 1e-14 || halfWidth == 0 else { return self }
        let center = lower / 2 + upper / 2
        let half = center == 0 ? 1 : abs(center) / 10
        return Interval(
            max(center - half, -Double.greatestFiniteMagnitude),
            min(center + half, Double.greatestFiniteMagnitude))
    }
}

import Language

/// An interval of the real line with its constants drawn: `(0.125, ∞)`.
public struct NumberSet: Sendable, Equatable, CustomStringConvertible {
    public var lower: Double?
    public var lowerClosed: Bool
    public var upper: Double?
    public var upperClosed: Bool

    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let lower, lowerClosed ? value < lower : value <= lower { return false }
        if let upper, upperClosed ? value > upper : value >= upper { return false }
        return true
    }

    /// A number inside, for `lesson check` to try.
    public var sample: Double? {
        switch (lower, upper) {
        case let (low?, high?): return low < high ? (low + high) / 2 : (low == high && lowerClosed && upperClosed ? low : nil)
        case let (low?, nil): return low + max(1, abs(low))
        case let (nil, high?): return high - max(1, abs(high))
        case (nil, nil): return 0
        }
    }

    public var description: String {
        let printer = Printer(style: .unicode, digits: 6)
        let low = lower.map { printer.string(.real($0)) }
        let high = upper.map { printer.string(.real($0)) }
        switch (low, high) {
        case let (low?, high?): return "any number from \(low) to \(high)"
        case let (low?, nil): return "any number \(lowerClosed ? "from" : "above") \(low)"
        case let (nil, high?): return "any number \(upperClosed ? "up to" : "below") \(high)"
        case (nil, nil): return "any number"
        }
    }
}

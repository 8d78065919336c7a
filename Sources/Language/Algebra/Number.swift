import Foundation

/// A number in an expression: an exact fraction while it fits, otherwise a double.
///
/// Integers and fractions stay exact under `+ - * /` and integer powers
/// (`1/3 + 1/6` is `1/2`); a decimal written with a point (`0.1`) is a double
/// and makes every result it touches a double. An exact result whose numerator
/// or denominator would overflow 64 bits becomes a double instead of trapping.
public enum Number: Sendable {
    /// `numerator/denominator` in lowest terms with `denominator > 0`.
    case rational(Int, Int)
    case real(Double)

    public static let zero = Number.rational(0, 1)
    public static let one = Number.rational(1, 1)

    /// An exact fraction reduced to lowest terms; a double when it cannot be exact.
    public static func fraction(_ numerator: Int, _ denominator: Int) -> Number {
        guard denominator != 0 else {
            return .real(numerator == 0 ? .nan : (numerator > 0 ? .infinity : -.infinity))
        }
        if numerator == .min || denominator == .min {
            return .real(Double(numerator) / Double(denominator))
        }
        let divisor = greatestCommonDivisor(abs(numerator), abs(denominator))
        let sign = denominator < 0 ? -1 : 1
        return .rational(sign * numerator / divisor, sign * denominator / divisor)
    }

    public var doubleValue: Double {
        switch self {
        case .rational(let n, let d): return d == 1 ? Double(n) : Double(n) / Double(d)
        case .real(let value): return value
        }
    }

    public var isExact: Bool {
        if case .rational = self { return true }
        return false
    }

    public var isZero: Bool { doubleValue == 0 }
    public var isOne: Bool {
        if case .rational(1, 1) = self { return true }
        if case .real(1) = self { return true }
        return false
    }
    public var isNegative: Bool { doubleValue < 0 }

    /// The integer value when this is an exact integer.
    public var integerValue: Int? {
        if case .rational(let n, 1) = self { return n }
        return nil
    }

    public static func + (a: Number, b: Number) -> Number {
        if case .rational(let an, let ad) = a, case .rational(let bn, let bd) = b {
            let (left, o1) = an.multipliedReportingOverflow(by: bd)
            let (right, o2) = bn.multipliedReportingOverflow(by: ad)
            let (denominator, o3) = ad.multipliedReportingOverflow(by: bd)
            if !o1 && !o2 && !o3 {
                let (numerator, o4) = left.addingReportingOverflow(right)
                if !o4 { return fraction(numerator, denominator) }
            }
        }
        return .real(a.doubleValue + b.doubleValue)
    }

    public static func * (a: Number, b: Number) -> Number {
        if case .rational(let an, let ad) = a, case .rational(let bn, let bd) = b {
            let g1 = greatestCommonDivisor(abs(an), abs(bd))
            let g2 = greatestCommonDivisor(abs(bn), abs(ad))
            let (numerator, o1) = (an / max(g1, 1)).multipliedReportingOverflow(by: bn / max(g2, 1))
            let (denominator, o2) = (ad / max(g2, 1)).multipliedReportingOverflow(by: bd / max(g1, 1))
            if !o1 && !o2 { return fraction(numerator, denominator) }
        }
        return .real(a.doubleValue * b.doubleValue)
    }

    public static prefix func - (a: Number) -> Number {
        switch a {
        case .rational(let n, let d) where n != .min: return .rational(-n, d)
        default: return .real(-a.doubleValue)
        }
    }

    public static func - (a: Number, b: Number) -> Number { a + (-b) }

    /// The reciprocal; `1/0` is `inf` as in IEEE arithmetic.
    public var reciprocal: Number {
        switch self {
        case .rational(let n, let d): return .fraction(d, n)
        case .real(let value): return .real(1 / value)
        }
    }

    public static func / (a: Number, b: Number) -> Number { a * b.reciprocal }

    /// `self^exponent` when the result is exact (an integer power of a fraction, or a
    /// perfect root such as `4^(1/2)`), a double when either side is a double, and nil
    /// when the exact result is irrational and should stay symbolic (`2^(1/2)`).
    public func raised(to exponent: Number) -> Number? {
        switch (self, exponent) {
        case (.rational(let n, let d), .rational(let p, 1)):
            if p >= 0 { return Number.exactPower(n, d, p) }
            if n == 0 { return .real(.infinity) }
            return Number.exactPower(d, n, -p).map { $0.normalized }
        case (.rational(let n, let d), .rational(let p, let q)):
            guard n >= 0, let root = Number.exactRoot(n, d, q) else { return nil }
            return root.raised(to: .rational(p, 1))
        default:
            return .real(Foundation.pow(doubleValue, exponent.doubleValue))
        }
    }

    private var normalized: Number {
        if case .rational(let n, let d) = self { return .fraction(n, d) }
        return self
    }

    private static func exactPower(_ n: Int, _ d: Int, _ p: Int) -> Number? {
        var numerator = 1, denominator = 1
        for _ in 0..<min(p, 64) {
            let (a, o1) = numerator.multipliedReportingOverflow(by: n)
            let (b, o2) = denominator.multipliedReportingOverflow(by: d)
            if o1 || o2 { return .real(Foundation.pow(Double(n) / Double(d), Double(p))) }
            numerator = a
            denominator = b
        }
        if p > 64 && !(abs(n) <= 1 && d == 1) {
            return .real(Foundation.pow(Double(n) / Double(d), Double(p)))
        }
        if p > 64 { return .fraction(n == -1 && p % 2 == 1 ? -1 : (n == 0 ? 0 : 1), 1) }
        return .fraction(numerator, denominator)
    }

    private static func exactRoot(_ n: Int, _ d: Int, _ q: Int) -> Number? {
        guard q > 1, q <= 64 else { return nil }
        func root(_ value: Int) -> Int? {
            let guess = Int(Foundation.pow(Double(value), 1 / Double(q)).rounded())
            for candidate in max(0, guess - 1)...(guess + 1) {
                var power = 1
                var overflow = false
                for _ in 0..<q {
                    let (next, o) = power.multipliedReportingOverflow(by: candidate)
                    if o { overflow = true; break }
                    power = next
                }
                if !overflow && power == value { return candidate }
            }
            return nil
        }
        guard let top = root(n), let bottom = root(d) else { return nil }
        return .fraction(top, bottom)
    }
}

extension Number: Hashable {
    public static func == (a: Number, b: Number) -> Bool {
        switch (a, b) {
        case (.rational(let an, let ad), .rational(let bn, let bd)): return an == bn && ad == bd
        case (.real(let x), .real(let y)): return x.bitPattern == y.bitPattern
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .rational(let n, let d): hasher.combine(0); hasher.combine(n); hasher.combine(d)
        case .real(let value): hasher.combine(1); hasher.combine(value.bitPattern)
        }
    }
}

func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
}

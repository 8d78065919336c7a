import BigInt
import Foundation

/// A number in an expression: an exact fraction of any size, or a double.
///
/// Integers and fractions stay exact under `+ - * /` and integer powers
/// (`1/3 + 1/6` is `1/2`, `2^100` is `1267650600228229401496703205376`); a decimal
/// written with a point (`0.1`) is a double, never exact, and makes every result it
/// touches a double (`x*1.0` is `1.0x`, not `x`). The only constructors reduce to
/// lowest terms, so equal values are equal numbers. Fractions that fit in machine
/// words are computed in machine words; only larger ones use `BigInt`.
public struct Number: Sendable {
    /// Exact powers whose result would have more digits than this are refused (left
    /// symbolic, and reported as an error where a user typed them): a REPL answer
    /// longer than this is never what a student meant.
    public static let maximumDigits = 100_000

    enum Value: Sendable {
        /// In lowest terms, `denominator > 0`, neither part `Int.min`.
        case small(Int, Int)
        /// In lowest terms and too large for `small`.
        case big(BigFraction)
        case real(Double)
    }

    let value: Value

    private init(_ value: Value) { self.value = value }

    public static let zero = Number(.small(0, 1))
    public static let one = Number(.small(1, 1))
    public static let minusOne = Number(.small(-1, 1))

    /// The exact integer `n`.
    public static func integer(_ n: Int) -> Number {
        n == .min ? integer(BigInt(n)) : Number(.small(n, 1))
    }

    /// The exact integer `n`, in machine words when it fits.
    public static func integer(_ n: BigInt) -> Number { fraction(n, 1) }

    /// A double. Doubles are never exact, even when integral.
    public static func real(_ x: Double) -> Number { Number(.real(x)) }

    /// `numerator/denominator` reduced to lowest terms; `n/0` is `inf`, `-inf` or `nan` as in IEEE arithmetic.
    public static func fraction(_ numerator: Int, _ denominator: Int) -> Number {
        guard denominator != 0 else { return divisionByZero(numerator.signum()) }
        if numerator == .min || denominator == .min { return fraction(BigInt(numerator), BigInt(denominator)) }
        let divisor = greatestCommonDivisor(abs(numerator), abs(denominator))
        let sign = denominator < 0 ? -1 : 1
        return Number(.small(sign * numerator / divisor, sign * denominator / divisor))
    }

    /// `numerator/denominator` reduced to lowest terms, in machine words when it fits.
    public static func fraction(_ numerator: BigInt, _ denominator: BigInt) -> Number {
        guard !denominator.isZero else { return divisionByZero(numerator.isZero ? 0 : (numerator.sign == .minus ? -1 : 1)) }
        var (n, d) = (numerator, denominator)
        let divisor = n.greatestCommonDivisor(with: d)
        if divisor != 1 { n /= divisor; d /= divisor }
        if d.sign == .minus { n.negate(); d.negate() }
        return reduced(n, d)
    }

    /// Wraps parts already in lowest terms with a positive denominator.
    private static func reduced(_ n: BigInt, _ d: BigInt) -> Number {
        if let small = Int(exactly: n), let smallD = Int(exactly: d), small != .min {
            return Number(.small(small, smallD))
        }
        return Number(.big(BigFraction(n, d)))
    }

    private static func divisionByZero(_ sign: Int) -> Number {
        .real(sign == 0 ? .nan : (sign > 0 ? .infinity : -.infinity))
    }

    // MARK: Reading

    public var isExact: Bool {
        if case .real = value { return false }
        return true
    }

    /// Whether this is an exact integer.
    public var isInteger: Bool {
        switch value {
        case .small(_, let d): return d == 1
        case .big(let f): return f.denominator == 1
        case .real: return false
        }
    }

    public var isZero: Bool {
        switch value {
        case .small(let n, _): return n == 0
        case .big: return false
        case .real(let x): return x == 0
        }
    }

    /// Whether this is exactly 1 (a double 1.0 is not).
    public var isOne: Bool {
        if case .small(1, 1) = value { return true }
        return false
    }

    public var isNegative: Bool {
        switch value {
        case .small(let n, _): return n < 0
        case .big(let f): return f.numerator.sign == .minus
        case .real(let x): return x < 0
        }
    }

    /// The nearest double.
    public var doubleValue: Double {
        switch value {
        case .small(let n, let d): return d == 1 ? Double(n) : Double(n) / Double(d)
        case .big(let f): return f.doubleValue
        case .real(let x): return x
        }
    }

    /// The double when this is one.
    public var realValue: Double? {
        if case .real(let x) = value { return x }
        return nil
    }

    /// The integer value when this is an exact integer that fits in an `Int`.
    public var integerValue: Int? {
        if case .small(let n, 1) = value { return n }
        return nil
    }

    /// Numerator and denominator (positive, lowest terms) when exact.
    public var exactParts: (numerator: BigInt, denominator: BigInt)? {
        switch value {
        case .small(let n, let d): return (BigInt(n), BigInt(d))
        case .big(let f): return (f.numerator, f.denominator)
        case .real: return nil
        }
    }

    /// Numerator and denominator when exact and both fit in an `Int`.
    public var smallParts: (numerator: Int, denominator: Int)? {
        if case .small(let n, let d) = value { return (n, d) }
        return nil
    }

    // MARK: Arithmetic

    public static func + (a: Number, b: Number) -> Number {
        switch (a.value, b.value) {
        case (.small(let an, let ad), .small(let bn, let bd)):
            if ad == 1 && bd == 1 {
                let (sum, overflow) = an.addingReportingOverflow(bn)
                if !overflow && sum != .min { return Number(.small(sum, 1)) }
            } else {
                let (left, o1) = an.multipliedReportingOverflow(by: bd)
                let (right, o2) = bn.multipliedReportingOverflow(by: ad)
                let (denominator, o3) = ad.multipliedReportingOverflow(by: bd)
                if !o1 && !o2 && !o3 {
                    let (numerator, o4) = left.addingReportingOverflow(right)
                    if !o4 { return fraction(numerator, denominator) }
                }
            }
            fallthrough
        case (.small, .big), (.big, .small), (.big, .big):
            let (an, ad) = a.exactParts!, (bn, bd) = b.exactParts!
            if ad == bd { return fraction(an + bn, ad) }
            return fraction(an * bd + bn * ad, ad * bd)
        default:
            return .real(a.doubleValue + b.doubleValue)
        }
    }

    public static func * (a: Number, b: Number) -> Number {
        switch (a.value, b.value) {
        case (.small(let an, let ad), .small(let bn, let bd)):
            if ad == 1 && bd == 1 {
                let (product, overflow) = an.multipliedReportingOverflow(by: bn)
                if !overflow && product != .min { return Number(.small(product, 1)) }
            } else {
                let g1 = max(greatestCommonDivisor(abs(an), bd), 1)
                let g2 = max(greatestCommonDivisor(abs(bn), ad), 1)
                let (numerator, o1) = (an / g1).multipliedReportingOverflow(by: bn / g2)
                let (denominator, o2) = (ad / g2).multipliedReportingOverflow(by: bd / g1)
                if !o1 && !o2 { return fraction(numerator, denominator) }
            }
            fallthrough
        case (.small, .big), (.big, .small), (.big, .big):
            let (an, ad) = a.exactParts!, (bn, bd) = b.exactParts!
            if ad == 1 && bd == 1 { return reduced(an * bn, 1) }
            return fraction(an * bn, ad * bd)
        default:
            return .real(a.doubleValue * b.doubleValue)
        }
    }

    public static prefix func - (a: Number) -> Number {
        switch a.value {
        case .small(let n, let d): return Number(.small(-n, d))
        case .big(let f): return reduced(-f.numerator, f.denominator)
        case .real(let x): return .real(-x)
        }
    }

    public static func - (a: Number, b: Number) -> Number { a + (-b) }

    /// The reciprocal; `1/0` is `inf` as in IEEE arithmetic.
    public var reciprocal: Number {
        switch value {
        case .small(let n, let d): return .fraction(d, n)
        case .big(let f): return .fraction(f.denominator, f.numerator)
        case .real(let x): return .real(1 / x)
        }
    }

    public static func / (a: Number, b: Number) -> Number { a * b.reciprocal }

    // MARK: Powers

    /// `self^exponent` when the result is exact (an integer power of a fraction, or a
    /// perfect root such as `4^(1/2)`), a double when either side is a double, and nil
    /// when the exact result is irrational and should stay symbolic (`2^(1/2)`) or would
    /// have more than ``maximumDigits`` digits.
    public func raised(to exponent: Number) -> Number? {
        guard isExact, exponent.isExact else {
            return .real(Foundation.pow(doubleValue, exponent.doubleValue))
        }
        if let p = exponent.integerValue { return raised(toInteger: p) }
        if let base = integerValue, abs(base) <= 1, let (p, q) = exponent.exactParts, q == 1 {
            // 0, 1 and -1 to an integer power too large for a machine word.
            if base == 0 { return p.signum() < 0 ? .real(.infinity) : .zero }
            return base == 1 || p % 2 == 0 ? .one : .minusOne
        }
        guard let (p, q) = exponent.smallParts, !isNegative, let root = exactRoot(q) else { return nil }
        return root.raised(toInteger: p)
    }

    /// The number of decimal digits `self^exponent` would have, roughly, when both are
    /// exact and the exponent is an integer; nil otherwise.
    public func digitsOfPower(_ exponent: Number) -> Double? {
        guard let (n, d) = exactParts, let (p, q) = exponent.exactParts, q == 1 else { return nil }
        let largest = max(Number.logarithm(n), Number.logarithm(d))
        return (largest * Double(p.magnitude)).rounded(.down) + 1
    }

    private func raised(toInteger p: Int) -> Number? {
        if p == 0 { return .one }
        if p < 0 {
            if isZero { return .real(.infinity) }
            return reciprocal.raised(toInteger: -p)
        }
        if let digits = digitsOfPower(.integer(p)), digits > Double(Number.maximumDigits) { return nil }
        if case .small(let n, 1) = value, abs(n) <= 1 { return .integer(n == -1 && p % 2 == 1 ? -1 : n * n) }
        if case .small(let n, 1) = value {
            var result = 1, overflow = false
            for _ in 0..<p {
                (result, overflow) = result.multipliedReportingOverflow(by: n)
                if overflow { break }
            }
            if !overflow { return .integer(result) }
        }
        let (n, d) = exactParts!
        return Number.reduced(n.power(p), d.power(p))
    }

    /// The exact `q`-th root when numerator and denominator are perfect powers.
    private func exactRoot(_ q: Int) -> Number? {
        guard q > 1, q <= 4096, let (n, d) = exactParts else { return nil }
        guard let top = Number.integerRoot(n, q), let bottom = Number.integerRoot(d, q) else { return nil }
        return Number.reduced(top, bottom)
    }

    /// `r` with `r^q == value` for a non-negative value, by Newton's method on integers.
    private static func integerRoot(_ value: BigInt, _ q: Int) -> BigInt? {
        if value <= 1 { return value }
        var guess = BigInt(1) << ((value.bitWidth + q - 1) / q)
        while true {
            let scaled: BigInt = BigInt(q - 1) * guess
            let next: BigInt = (scaled + value / guess.power(q - 1)) / BigInt(q)
            if next >= guess { break }
            guess = next
        }
        return guess.power(q) == value ? guess : nil
    }

    /// `log10 |n|`, and 0 for 0.
    private static func logarithm(_ n: BigInt) -> Double {
        let bits = n.magnitude.bitWidth
        if n.isZero { return 0 }
        if bits <= 1000 { return Foundation.log10(Double(n.magnitude)) }
        return Foundation.log10(Double(n.magnitude >> (bits - 64))) + Double(bits - 64) * Foundation.log10(2.0)
    }
}

extension Number: Hashable {
    public static func == (a: Number, b: Number) -> Bool {
        switch (a.value, b.value) {
        case (.small(let an, let ad), .small(let bn, let bd)): return an == bn && ad == bd
        case (.big(let x), .big(let y)): return x.numerator == y.numerator && x.denominator == y.denominator
        case (.real(let x), .real(let y)): return x.bitPattern == y.bitPattern
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch value {
        case .small(let n, let d): hasher.combine(0); hasher.combine(n); hasher.combine(d)
        case .big(let f): hasher.combine(1); hasher.combine(f.numerator); hasher.combine(f.denominator)
        case .real(let x): hasher.combine(2); hasher.combine(x.bitPattern)
        }
    }

    /// Feeds a hash that is the same in every process (see `ExprStore`).
    func mixStructure(_ mix: (UInt64) -> Void) {
        switch value {
        case .small(let n, let d):
            mix(1); mix(UInt64(bitPattern: Int64(n))); mix(UInt64(bitPattern: Int64(d)))
        case .big(let f):
            mix(1); mix(f.numerator.sign == .minus ? 1 : 0)
            f.numerator.magnitude.words.forEach { mix(UInt64($0)) }
            mix(0xFFFF); f.denominator.magnitude.words.forEach { mix(UInt64($0)) }
        case .real(let x):
            mix(2); mix(x.bitPattern)
        }
    }
}

extension Number: Comparable {
    /// Exact comparison when both are exact; doubles compare as doubles.
    public static func < (a: Number, b: Number) -> Bool {
        guard let (an, ad) = a.exactParts, let (bn, bd) = b.exactParts else { return a.doubleValue < b.doubleValue }
        return an * bd < bn * ad
    }
}

/// A fraction too large for machine words, shared rather than copied.
final class BigFraction: Sendable {
    let numerator: BigInt
    let denominator: BigInt

    init(_ numerator: BigInt, _ denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The nearest double, dividing the leading 64 bits of each part and scaling after,
    /// so that huge parts do not become `inf/inf`.
    var doubleValue: Double {
        let top = max(numerator.magnitude.bitWidth - 64, 0), bottom = max(denominator.magnitude.bitWidth - 64, 0)
        return Foundation.scalbn(Double(numerator >> top) / Double(denominator >> bottom), top - bottom)
    }
}

func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
}

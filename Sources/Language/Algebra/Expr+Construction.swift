import Foundation

/// Smart constructors that keep every expression in canonical form.
///
/// Goals, in order of priority:
/// 1. Never change the value (`x*x^-1` becomes 1, as in every computer algebra system,
///    which is true wherever the original is defined).
/// 2. Exact arithmetic on integers and fractions; a decimal makes the result decimal.
/// 3. The textbook form: `x + x` → `2*x`, `x*x` → `x^2`, `2*(x + 1)` → `2*x + 2`,
///    `(x^2)^3` → `x^6`, `e^x` → `exp(x)`, `sqrt(x)` → `x^(1/2)`.
extension Expr {
    public static func + (a: Expr, b: Expr) -> Expr { sum([a, b]) }
    public static func - (a: Expr, b: Expr) -> Expr { sum([a, -b]) }
    public static func * (a: Expr, b: Expr) -> Expr { product([a, b]) }
    public static func / (a: Expr, b: Expr) -> Expr { product([a, power(b, .integer(-1))]) }
    public static prefix func - (a: Expr) -> Expr { product([.integer(-1), a]) }

    /// The canonical sum of `terms`.
    public static func sum(_ terms: [Expr]) -> Expr {
        var constant = Number.zero
        var coefficients: [Expr: Number] = [:]
        var order: [Expr] = []
        var pending = terms
        pending.reverse()
        while let term = pending.popLast() {
            switch term.node {
            case .number(let value):
                constant = constant + value
            case .sum(let inner):
                pending.append(contentsOf: inner.reversed())
            default:
                let (coefficient, rest) = term.splitCoefficient()
                if let existing = coefficients[rest] {
                    coefficients[rest] = existing + coefficient
                } else {
                    coefficients[rest] = coefficient
                    order.append(rest)
                }
            }
        }
        var result: [Expr] = []
        for rest in order {
            let coefficient = coefficients[rest]!
            if coefficient.isZero && coefficient.doubleValue.isFinite { continue }
            result.append(coefficient.isOne ? rest : product([.number(coefficient), rest]))
        }
        if !constant.isZero || constant.doubleValue.isNaN {
            result.append(.number(constant))
        }
        switch result.count {
        case 0: return .number(constant.isExact ? .zero : constant)
        case 1: return result[0]
        default: return Expr(.sum(result.sorted(by: Expr.canonicalOrder)))
        }
    }

    /// The canonical product of `factors`.
    public static func product(_ factors: [Expr]) -> Expr {
        var coefficient = Number.one
        var exponents: [Expr: [Expr]] = [:]
        var order: [Expr] = []
        var pending = factors
        pending.reverse()
        while let factor = pending.popLast() {
            switch factor.node {
            case .number(let value):
                coefficient = coefficient * value
            case .product(let inner):
                pending.append(contentsOf: inner.reversed())
            case .power(let base, let exponent):
                append(base: base, exponent: exponent)
            default:
                append(base: factor, exponent: .one)
            }
        }
        func append(base: Expr, exponent: Expr) {
            if exponents[base] != nil {
                exponents[base]!.append(exponent)
            } else {
                exponents[base] = [exponent]
                order.append(base)
            }
        }
        if coefficient.isZero { return .zero }

        var result: [Expr] = []
        for base in order {
            let exponentList = exponents[base]!
            let merged = power(base, exponentList.count == 1 ? exponentList[0] : sum(exponentList))
            if let value = merged.number {
                coefficient = coefficient * value
            } else if case .product(let inner) = merged.node {
                for factor in inner {
                    if let value = factor.number { coefficient = coefficient * value } else { result.append(factor) }
                }
            } else {
                result.append(merged)
            }
        }
        if coefficient.isZero { return .zero }
        if result.isEmpty { return .number(coefficient) }
        if result.count == 1, !coefficient.isOne, case .sum(let terms) = result[0].node {
            return sum(terms.map { product([.number(coefficient), $0]) })
        }
        if coefficient.isOne && result.count == 1 { return result[0] }
        var all = result.sorted(by: Expr.canonicalOrder)
        if !coefficient.isOne { all.insert(.number(coefficient), at: 0) }
        return Expr(.product(all))
    }

    /// `base^exponent` in canonical form.
    public static func power(_ base: Expr, _ exponent: Expr) -> Expr {
        if let e = exponent.number {
            if e.isZero { return e.isExact ? .one : .real(1) }
            if e.isOne { return base }
        }
        if let b = base.number {
            if b.isOne && b.isExact { return .one }
            if let e = exponent.number {
                if let value = b.raised(to: e) { return .number(value) }
                if b.isNegative && e.integerValue == nil { return .real(.nan) }
                if let extracted = extractingPerfectPower(b, e) { return extracted }
                if let (n, d) = b.exactParts, d > 1, e.isExact, n > 0 {
                    // (n/d)^e = n^e · d^(−e) when either integer gives up a perfect power: sqrt(1/8) = 1/(2·sqrt(2)).
                    let (top, bottom) = (power(.number(.integer(n)), exponent), power(.number(.integer(d)), .number(-e)))
                    let untouched = top.node == .power(.number(.integer(n)), exponent)
                        && bottom.node == .power(.number(.integer(d)), .number(-e))
                    if !untouched { return top * bottom }
                }
                return Expr(.power(base, exponent))
            }
        }
        switch base.node {
        case .constant(.e):
            return call(.exp, [exponent])
        case .power(let innerBase, let innerExponent) where exponent.number?.integerValue != nil:
            return power(innerBase, innerExponent * exponent)
        case .product(let factors) where exponent.number?.integerValue != nil:
            return product(factors.map { power($0, exponent) })
        case .call(.exp, let arguments) where exponent.number?.integerValue != nil:
            return call(.exp, [arguments[0] * exponent])
        default:
            return Expr(.power(base, exponent))
        }
    }

    /// `8^(1/2)` → `2·2^(1/2)`: the largest q-th power leaves an integer root `n^(±1/q)`.
    private static func extractingPerfectPower(_ base: Number, _ exponent: Number) -> Expr? {
        guard let n = base.integerValue, n > 1, n <= 1_000_000_000_000,
              let (p, q) = exponent.smallParts, abs(p) == 1, q > 1, q <= 64 else { return nil }
        var root = 1
        var rest = n
        var k = 2
        while Foundation.pow(Double(k), Double(q)) <= Double(rest) && k <= 1_000_000 {
            let power = Int(Foundation.pow(Double(k), Double(q)))
            while rest % power == 0 {
                rest /= power
                root *= k
            }
            k += 1
        }
        guard root > 1 else { return nil }
        let coefficient = Expr.number(p > 0 ? .integer(root) : .fraction(1, root))
        return rest > 1 ? product([coefficient, Expr(.power(.integer(rest), .number(exponent)))]) : coefficient
    }

    /// `function(arguments)`, evaluated when the result is exact or the arguments are decimals.
    public static func call(_ function: MathFunction, _ arguments: [Expr]) -> Expr {
        precondition(arguments.count == function.arity, "\(function) takes \(function.arity) arguments")
        if function == .sqrt { return power(arguments[0], .fraction(1, 2)) }
        if let exact = exactValue(function, arguments) { return exact }
        let numbers = arguments.compactMap(\.number)
        if numbers.count == arguments.count {
            // Decimals evaluate; exact arguments outside the domain (log(-1), log(0)) give nan or inf.
            let value = function.apply(numbers.map(\.doubleValue))
            if numbers.contains(where: { !$0.isExact }) || !value.isFinite { return .real(value) }
        }
        return Expr(.call(function, arguments))
    }

    /// The order of a sum's terms and a product's factors: by structure, never by creation
    /// time, so that the same expression is built and evaluated the same way everywhere.
    static func canonicalOrder(_ a: Expr, _ b: Expr) -> Bool {
        let (fa, fb) = (ExprStore.shared.fingerprint(a.id), ExprStore.shared.fingerprint(b.id))
        return fa != fb ? fa < fb : a.id < b.id
    }

    /// Splits `3*x*y` into `(3, x*y)` and `x` into `(1, x)`.
    func splitCoefficient() -> (Number, Expr) {
        guard case .product(let factors) = node, let coefficient = factors.first?.number else {
            return (.one, self)
        }
        let rest = Array(factors.dropFirst())
        return (coefficient, rest.count == 1 ? rest[0] : Expr(.product(rest)))
    }
}

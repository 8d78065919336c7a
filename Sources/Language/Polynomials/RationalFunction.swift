/// A quotient of two polynomials in the same generators: the view of an expression that
/// `cancel`, `together` and `apart` work on.
public struct RationalFunction: Hashable, Sendable {
    public var numerator: Polynomial
    public var denominator: Polynomial

    public init(numerator: Polynomial, denominator: Polynomial) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The generators of an expression: its variables, and every subexpression that is
    /// not built from them by `+ − ·` and integer powers (`sin(x)`, `x^(1/2)`, `pi`), as
    /// SymPy chooses them. Nil when the expression holds a decimal, which is never exact.
    public static func generators(of expr: Expr) -> [Expr]? {
        var found = Set<Expr>(), seen = Set<Expr>(), stack = [expr]
        while let e = stack.popLast() {
            guard seen.insert(e).inserted else { continue }
            switch e.node {
            case .number(let value):
                if !value.isExact { return nil }
            case .sum(let children), .product(let children):
                stack.append(contentsOf: children)
            case .power(let base, let exponent) where exponent.number?.integerValue != nil:
                stack.append(base)
            default:
                found.insert(e)
            }
        }
        let printer = Printer(style: .ascii)
        return found.sorted { (a, b) in
            if (a.symbolName != nil) != (b.symbolName != nil) { return a.symbolName != nil }
            return printer.string(a) < printer.string(b)
        }
    }

    /// The expression as a quotient of polynomials in `generators`, combining sums of
    /// fractions over their least common denominator; nil when it is not one, or when
    /// expanding its powers would pass ``maximumExpandedDegree``.
    public init?(_ expr: Expr, in generators: [Expr]) {
        var memo: [Expr: RationalFunction] = [:]
        guard let result = RationalFunction.convert(expr, generators, &memo) else { return nil }
        self = result
    }

    /// The largest total degree a power of a sum may expand to here (`(x + y)^n` has n + 1 terms, `(x + y + z)^n` about n²/2).
    public static let maximumExpandedDegree = 1_000

    private static func convert(_ expr: Expr, _ generators: [Expr], _ memo: inout [Expr: RationalFunction]) -> RationalFunction? {
        if let known = memo[expr] { return known }
        let one = Polynomial.constant(.one, in: generators)
        var result: RationalFunction?
        if let index = generators.firstIndex(of: expr) {
            result = RationalFunction(numerator: .generator(index, in: generators), denominator: one)
        } else {
            switch expr.node {
            case .number(let value) where value.isExact:
                result = RationalFunction(numerator: .constant(value, in: generators), denominator: one)
            case .sum(let terms):
                result = RationalFunction(numerator: .constant(.zero, in: generators), denominator: one)
                for term in terms {
                    guard let part = convert(term, generators, &memo) else { return nil }
                    result = result! + part
                }
            case .product(let factors):
                result = RationalFunction(numerator: one, denominator: one)
                for factor in factors {
                    guard let part = convert(factor, generators, &memo) else { return nil }
                    result = result! * part
                }
            case .power(let base, let exponent):
                guard let n = exponent.number?.integerValue, let part = convert(base, generators, &memo) else { return nil }
                let degree = max(part.numerator.totalDegree, part.denominator.totalDegree)
                let terms = max(part.numerator.terms.count, part.denominator.terms.count)
                guard abs(n) <= maximumExpandedDegree || (terms == 1 && abs(n) <= 1_000_000),
                      terms == 1 || degree * abs(n) <= maximumExpandedDegree else { return nil }
                let raised = RationalFunction(numerator: part.numerator.raised(to: abs(n)),
                                              denominator: part.denominator.raised(to: abs(n)))
                result = n >= 0 ? raised : RationalFunction(numerator: raised.denominator, denominator: raised.numerator)
            default:
                return nil
            }
        }
        if let result { memo[expr] = result }
        return result
    }

    /// Sum over the least common denominator.
    static func + (a: RationalFunction, b: RationalFunction) -> RationalFunction {
        if a.denominator == b.denominator {
            return RationalFunction(numerator: a.numerator + b.numerator, denominator: a.denominator)
        }
        if a.denominator.constantValue != nil && b.denominator.constantValue != nil {
            return RationalFunction(numerator: a.numerator * a.denominator.constantValue!.reciprocal
                                        + b.numerator * b.denominator.constantValue!.reciprocal,
                                    denominator: .constant(.one, in: a.numerator.generators))
        }
        let common = Polynomial.gcd(a.denominator, b.denominator)
        let aScale = b.denominator.divided(by: common)!, bScale = a.denominator.divided(by: common)!
        return RationalFunction(numerator: a.numerator * aScale + b.numerator * bScale,
                                denominator: a.denominator * aScale)
    }

    static func * (a: RationalFunction, b: RationalFunction) -> RationalFunction {
        RationalFunction(numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator)
    }

    /// Common factors of numerator and denominator divided out, with the denominator
    /// made primitive with a positive leading term: `(x² − 1)/(x − 1)` → `x + 1`.
    public var cancelled: RationalFunction {
        guard !denominator.isZero else { return self }
        let common = Polynomial.gcd(numerator, denominator)
        let top = numerator.divided(by: common)!, bottom = denominator.divided(by: common)!
        let (unit, primitive) = bottom.primitiveForm
        return RationalFunction(numerator: top * unit.reciprocal, denominator: primitive)
    }

    /// `numerator/denominator` as an expression.
    public var expression: Expr {
        if let c = denominator.constantValue { return numerator.expression * .number(c.reciprocal) }
        let (unit, top) = numerator.primitiveForm
        let (scale, bottom) = denominator.primitiveForm
        return Expr.product([.number(unit / scale), top.expression, .power(bottom.expression, .integer(-1))])
    }
}

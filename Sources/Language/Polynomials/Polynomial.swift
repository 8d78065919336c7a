import BigInt

/// A polynomial with exact rational coefficients in chosen generators (variables, or
/// subexpressions such as `sin(x)` that are treated as variables).
///
/// Terms are stored sparsely as exponent vectors, one entry per generator, so
/// `3x²y − 1` in `[x, y]` is `{[2, 1]: 3, [0, 0]: −1}`. Every coefficient is exact and
/// nonzero; the zero polynomial has no terms.
public struct Polynomial: Hashable, Sendable {
    /// The generators, in the order the exponent vectors use.
    public let generators: [Expr]
    /// Exponent vector to coefficient; never a zero or inexact coefficient.
    public private(set) var terms: [[Int]: Number]

    init(generators: [Expr], terms: [[Int]: Number]) {
        self.generators = generators
        self.terms = terms.filter { !$0.value.isZero }
    }

    /// The constant polynomial `value` in `generators`.
    public static func constant(_ value: Number, in generators: [Expr]) -> Polynomial {
        Polynomial(generators: generators, terms: [Array(repeating: 0, count: generators.count): value])
    }

    /// The generator at `index` as a polynomial.
    public static func generator(_ index: Int, in generators: [Expr]) -> Polynomial {
        var exponents = Array(repeating: 0, count: generators.count)
        exponents[index] = 1
        return Polynomial(generators: generators, terms: [exponents: .one])
    }

    public var isZero: Bool { terms.isEmpty }

    /// The value when the polynomial is a constant (0 for the zero polynomial).
    public var constantValue: Number? {
        if terms.isEmpty { return .zero }
        guard terms.count == 1, let (exponents, value) = terms.first, exponents.allSatisfy({ $0 == 0 }) else {
            return nil
        }
        return value
    }

    /// The highest power of generator `index` that appears (−1 for zero).
    public func degree(in index: Int) -> Int {
        terms.keys.map { $0[index] }.max() ?? -1
    }

    /// The highest total degree of a term (−1 for zero).
    public var totalDegree: Int {
        terms.keys.map { $0.reduce(0, +) }.max() ?? -1
    }

    /// The term first in lexicographic order of exponents, which fixes signs and normal forms.
    var leadingTerm: (exponents: [Int], coefficient: Number)? {
        terms.max { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value) }
    }

    /// The polynomial as a sum of terms in canonical expression form.
    public var expression: Expr {
        Expr.sum(terms.map { exponents, coefficient in
            var factors: [Expr] = [.number(coefficient)]
            for (index, power) in exponents.enumerated() where power > 0 {
                factors.append(.power(generators[index], .integer(power)))
            }
            return Expr.product(factors)
        })
    }

    // MARK: Arithmetic

    public static func + (a: Polynomial, b: Polynomial) -> Polynomial {
        var terms = a.terms
        for (exponents, coefficient) in b.terms {
            terms[exponents, default: .zero] = terms[exponents, default: .zero] + coefficient
        }
        return Polynomial(generators: a.generators, terms: terms)
    }

    public static prefix func - (a: Polynomial) -> Polynomial {
        Polynomial(generators: a.generators, terms: a.terms.mapValues { -$0 })
    }

    public static func - (a: Polynomial, b: Polynomial) -> Polynomial { a + (-b) }

    public static func * (a: Polynomial, b: Polynomial) -> Polynomial {
        var terms: [[Int]: Number] = [:]
        for (ea, ca) in a.terms {
            for (eb, cb) in b.terms {
                let exponents = zip(ea, eb).map { $0 + $1 }
                terms[exponents, default: .zero] = terms[exponents, default: .zero] + ca * cb
            }
        }
        return Polynomial(generators: a.generators, terms: terms)
    }

    public static func * (a: Polynomial, k: Number) -> Polynomial {
        Polynomial(generators: a.generators, terms: a.terms.mapValues { $0 * k })
    }

    /// `self^n` for `n ≥ 0`, by repeated squaring.
    public func raised(to n: Int) -> Polynomial {
        var result = Polynomial.constant(.one, in: generators), base = self, n = n
        while n > 0 {
            if n & 1 == 1 { result = result * base }
            n >>= 1
            if n > 0 { base = base * base }
        }
        return result
    }

    // MARK: One generator at a time

    /// The coefficients of powers of generator `index`, lowest first; each is free of it.
    func coefficients(in index: Int) -> [Polynomial] {
        var buckets = Array(repeating: [[Int]: Number](), count: degree(in: index) + 1)
        for (exponents, coefficient) in terms {
            var rest = exponents
            rest[index] = 0
            buckets[exponents[index]][rest] = coefficient
        }
        return buckets.map { Polynomial(generators: generators, terms: $0) }
    }

    /// `Σ coefficients[k] · generator^k`.
    static func combining(_ coefficients: [Polynomial], in index: Int, generators: [Expr]) -> Polynomial {
        var terms: [[Int]: Number] = [:]
        for (power, coefficient) in coefficients.enumerated() {
            for (exponents, value) in coefficient.terms {
                var shifted = exponents
                shifted[index] += power
                terms[shifted] = value
            }
        }
        return Polynomial(generators: generators, terms: terms)
    }

    /// The first generator that occurs, if any.
    var mainGenerator: Int? {
        generators.indices.first { degree(in: $0) > 0 }
    }

    /// The generators that occur.
    var occurringGenerators: [Int] {
        generators.indices.filter { degree(in: $0) > 0 }
    }

    /// The same polynomial scaled to integer coefficients with no common factor and a
    /// positive leading term, with the factor taken out: `self == unit · primitive`.
    public var primitiveForm: (unit: Number, primitive: Polynomial) {
        guard let lead = leadingTerm else { return (.one, self) }
        var denominators = BigInt(1), numerators = BigInt(0)
        for coefficient in terms.values {
            let (n, d) = coefficient.exactParts!
            denominators = denominators / denominators.greatestCommonDivisor(with: d) * d
            numerators = numerators.greatestCommonDivisor(with: n)
        }
        var unit = Number.fraction(numerators, denominators)
        if lead.coefficient.isNegative { unit = -unit }
        return (unit, self * unit.reciprocal)
    }

    /// The coefficients as integers when they all are.
    var integerCoefficients: [[Int]: BigInt]? {
        var result: [[Int]: BigInt] = [:]
        for (exponents, coefficient) in terms {
            guard let (n, d) = coefficient.exactParts, d == 1 else { return nil }
            result[exponents] = n
        }
        return result
    }
}

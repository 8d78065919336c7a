import BigInt

/// A polynomial written as `unit · Π factorᵏ` with irreducible factors over the rationals,
/// each with integer coefficients, no common numeric factor and a positive leading term.
///
/// The method is the standard one: take out the numeric content and the powers of each
/// generator, then
/// - in one variable, split into square-free parts (Yun's algorithm) and factor each part
///   with Zassenhaus's algorithm;
/// - in several, take out the content in the first variable (factored recursively) and use
///   Kronecker's substitution `y → x^D, z → x^(D²), …` (D above every
///   degree), which maps each true factor to a product of univariate factors of the
///   image; subsets of those are mapped back and confirmed by exact division.
public struct Factorization: Sendable {
    public var unit: Number
    public var factors: [(polynomial: Polynomial, multiplicity: Int)]

    /// The largest univariate degree the Kronecker image may have.
    public static let maximumDegree = 500

    /// The factorisation of `polynomial`, or nil when it is too large to attempt
    /// (a degree above ``maximumDegree`` after substitution).
    public init?(_ polynomial: Polynomial) {
        let generators = polynomial.generators
        if let constant = polynomial.constantValue {
            unit = constant
            factors = []
            return
        }
        do {
            var parts: [(Polynomial, Int)] = []
            var rest = polynomial.primitiveForm.primitive
            for index in rest.occurringGenerators {
                let power = rest.terms.keys.map { $0[index] }.min()!
                guard power > 0 else { continue }
                let g = Polynomial.generator(index, in: generators)
                parts.append((g, power))
                rest = rest.divided(by: g.raised(to: power))!
            }
            guard let others = Factorization.nonMonomialFactors(rest) else { return nil }
            parts += others
            parts.sort { Factorization.order($0.0, $1.0) }
            let product = parts.reduce(Polynomial.constant(.one, in: generators)) { $0 * $1.0.raised(to: $1.1) }
            unit = polynomial.divided(by: product)!.constantValue!
            factors = parts.map { ($0.0, $0.1) }
        }
    }

    /// `unit · Π factorᵏ` as an expression: `2(x + 1)²`, `(x − 1)(x + 1)`.
    public var expression: Expr {
        Expr.product([.number(unit)] + factors.map { .power($0.polynomial.expression, .integer($0.multiplicity)) })
    }

    /// Factors of a primitive polynomial that no generator divides.
    private static func nonMonomialFactors(_ p: Polynomial) -> [(Polynomial, Int)]? {
        guard let index = p.mainGenerator else { return [] }
        let (content, primitive) = p.split(in: index)
        var result: [(Polynomial, Int)] = []
        if content.constantValue == nil {
            guard let inner = Factorization(content) else { return nil }
            result += inner.factors.map { ($0.polynomial, $0.multiplicity) }
        }
        if primitive.occurringGenerators.count > 1 {
            // Kronecker's recombination finds repeated factors itself, sparing a multivariate Yun.
            guard let irreducible = kronecker(primitive, primitive.occurringGenerators) else { return nil }
            var counted: [(Polynomial, Int)] = []
            for factor in irreducible {
                if let index = counted.firstIndex(where: { $0.0 == factor }) { counted[index].1 += 1 } else { counted.append((factor, 1)) }
            }
            return result + counted
        }
        for (part, multiplicity) in squareFreeParts(primitive, in: index) {
            guard let irreducible = irreducibleFactors(part) else { return nil }
            result += irreducible.map { ($0, multiplicity) }
        }
        return result
    }

    /// Yun's algorithm in generator `index`: pairs `(aₖ, k)` with `p = c · Π aₖᵏ`, each aₖ
    /// square-free and the aₖ pairwise coprime. `p` must be primitive in that generator.
    static func squareFreeParts(_ p: Polynomial, in index: Int) -> [(Polynomial, Int)] {
        var result: [(Polynomial, Int)] = []
        let derivative = p.derivative(in: index)
        let c = Polynomial.gcd(p, derivative)
        var w = p.divided(by: c)!, y = derivative.divided(by: c)!
        var z = y - w.derivative(in: index)
        var k = 1
        while w.degree(in: index) > 0 {
            let g = Polynomial.gcd(w, z)
            if g.degree(in: index) > 0 { result.append((g, k)) }
            w = w.divided(by: g)!
            y = z.divided(by: g)!
            z = y - w.derivative(in: index)
            k += 1
        }
        return result
    }

    /// The irreducible factors of a square-free primitive polynomial.
    private static func irreducibleFactors(_ p: Polynomial) -> [Polynomial]? {
        let occurring = p.occurringGenerators
        guard occurring.count > 1 else {
            guard let index = occurring.first else { return [] }
            guard p.degree(in: index) <= maximumDegree else { return nil }
            return Zassenhaus.factors(of: univariate(p, index)).map { polynomial($0, index, p.generators) }
        }
        return kronecker(p, occurring)
    }

    private static func kronecker(_ p: Polynomial, _ occurring: [Int]) -> [Polynomial]? {
        let base = occurring.map { p.degree(in: $0) }.max()! + 1
        var weights: [Int] = []
        var weight = 1
        for _ in occurring {
            weights.append(weight)
            let (next, overflow) = weight.multipliedReportingOverflow(by: base)
            guard !overflow, next <= maximumDegree * base else { return nil }
            weight = next
        }
        guard p.terms.keys.map({ image($0, occurring, weights) }).max()! <= maximumDegree else { return nil }
        var coefficients = Array(repeating: BigInt(0), count: weight)
        for (exponents, coefficient) in p.terms { coefficients[image(exponents, occurring, weights)] = coefficient.exactParts!.numerator }
        let substituted = IntegerPolynomial(coefficients)
        var pieces: [IntegerPolynomial] = []
        let generators = [Expr.symbol("t")]
        for (part, multiplicity) in squareFreeParts(polynomial(substituted, 0, generators), in: 0) {
            let irreducible = Zassenhaus.factors(of: univariate(part, 0))
            for _ in 0..<multiplicity { pieces += irreducible }
        }
        var rest = p, found: [Polynomial] = []
        var size = 1
        search: while size <= pieces.count / 2 {
            for subset in Zassenhaus.combinations(pieces.count, size) {
                let product = subset.reduce(IntegerPolynomial([1])) { $0 * pieces[$1] }
                let candidate = preimage(product, occurring, base, p.generators).primitiveForm.primitive
                guard candidate.constantValue == nil, let quotient = rest.divided(by: candidate) else { continue }
                found.append(candidate)
                rest = quotient
                for index in subset.reversed() { pieces.remove(at: index) }
                continue search
            }
            size += 1
        }
        if rest.constantValue == nil { found.append(rest.primitiveForm.primitive) }
        return found
    }

    private static func image(_ exponents: [Int], _ occurring: [Int], _ weights: [Int]) -> Int {
        zip(occurring, weights).reduce(0) { $0 + exponents[$1.0] * $1.1 }
    }

    /// The polynomial whose Kronecker image is `u`: each exponent's base-D digits.
    private static func preimage(_ u: IntegerPolynomial, _ occurring: [Int], _ base: Int, _ generators: [Expr]) -> Polynomial {
        var terms: [[Int]: Number] = [:]
        for (power, coefficient) in u.coefficients.enumerated() where !coefficient.isZero {
            var exponents = Array(repeating: 0, count: generators.count), rest = power
            for index in occurring {
                exponents[index] = rest % base
                rest /= base
            }
            terms[exponents] = .integer(coefficient)
        }
        return Polynomial(generators: generators, terms: terms)
    }

    private static func univariate(_ p: Polynomial, _ index: Int) -> IntegerPolynomial {
        let integral = p.primitiveForm.primitive
        var coefficients = Array(repeating: BigInt(0), count: integral.degree(in: index) + 1)
        for (exponents, value) in integral.terms { coefficients[exponents[index]] = value.exactParts!.numerator }
        return IntegerPolynomial(coefficients)
    }

    private static func polynomial(_ u: IntegerPolynomial, _ index: Int, _ generators: [Expr]) -> Polynomial {
        var terms: [[Int]: Number] = [:]
        for (power, coefficient) in u.coefficients.enumerated() {
            var exponents = Array(repeating: 0, count: generators.count)
            exponents[index] = power
            terms[exponents] = .integer(coefficient)
        }
        return Polynomial(generators: generators, terms: terms)
    }

    /// Factors in textbook order: lower total degree first, then by their printed form.
    private static func order(_ a: Polynomial, _ b: Polynomial) -> Bool {
        if a.totalDegree != b.totalDegree { return a.totalDegree < b.totalDegree }
        let printer = Printer(style: .ascii)
        return printer.string(a.expression) < printer.string(b.expression)
    }
}

extension Polynomial {
    /// The derivative with respect to generator `index`.
    func derivative(in index: Int) -> Polynomial {
        var result: [[Int]: Number] = [:]
        for (exponents, coefficient) in terms where exponents[index] > 0 {
            var lowered = exponents
            lowered[index] -= 1
            result[lowered] = coefficient * .integer(exponents[index])
        }
        return Polynomial(generators: generators, terms: result)
    }
}

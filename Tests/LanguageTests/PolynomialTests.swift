import Optimization
import Testing
@testable import Language

/// The polynomial view, gcd, cancel, factor, together and apart, checked on textbook
/// examples and as round trips on seeded random polynomials in one to three variables.
@Suite struct PolynomialTests {
    @Test(arguments: [
        ("x^2 - 1", "(x + 1)*(x - 1)"),
        ("2*x^2 + 4*x + 2", "2*(x + 1)^2"),
        ("x^4 - 1", "(x + 1)*(x - 1)*(x^2 + 1)"),
        ("6*x^2 + 5*x + 1", "(2*x + 1)*(3*x + 1)"),
        ("x^4 + 4", "(x^2 + 2*x + 2)*(x^2 - 2*x + 2)"),
        ("x^2 + 1", "x^2 + 1"),
        ("x^3*y - x*y^3", "x*y*(x + y)*(x - y)"),
        ("x^2/2 - 1/2", "(x + 1)*(x - 1)/2"),
        ("(x^2 - 1)/(x^2 + 2*x + 1)", "(x - 1)/(x + 1)"),
        ("x^6 - y^6", "(x + y)*(x - y)*(x^2 + x*y + y^2)*(x^2 - x*y + y^2)"),
    ])
    func factorWritesTextbookFactors(input: String, expected: String) throws {
        #expect(ascii(try expr(input).factored()) == expected)
    }

    @Test(arguments: [
        ("(x^2 - 1)/(x - 1)", "x + 1"),
        ("(2*x + 2)/(4*x)", "(x + 1)/(2*x)"),
        ("(x^2 - y^2)/(x^2 + 2*x*y + y^2)", "(x - y)/(x + y)"),
        ("(sin(x)^2 - 1)/(sin(x) + 1)", "sin(x) - 1"),
    ])
    func cancelDividesOutCommonFactors(input: String, expected: String) throws {
        #expect(ascii(try expr(input).cancelled()) == expected)
    }

    @Test func togetherAndApartAreInverse() throws {
        #expect(ascii(try expr("1/x + 1/(x + 1)").together()) == "(2*x + 1)/(x*(x + 1))")
        let parts = try expr("1/(x^2 - 1)").apart(in: "x")
        #expect(ascii(parts) == "1/(2*(x - 1)) - 1/(2*(x + 1))")
        #expect(unicode(parts) == "1/(2·(x − 1)) − 1/(2·(x + 1))")
        #expect(ascii(try parts.cancelled()) == "1/(x^2 - 1)")
        let mixed = try expr("(x^3 + 1)/(x^2*(x^2 + 1))").apart(in: "x")
        #expect(ascii(mixed) == "1/x^2 + (x - 1)/(x^2 + 1)")
        #expect(ascii(try expr("(x^3 + 2)/(x - 1)").apart(in: "x")) == "x^2 + x + 3/(x - 1) + 1")
    }

    @Test func simplifyCancels() throws {
        #expect(ascii(try expr("(x^2 - 1)/(x - 1)").simplified()) == "x + 1")
        #expect(ascii(try expr("(x^2 - y^2)/(x + y) + sin(x)^2 + cos(x)^2").simplified()) == "x - y + 1")
    }

    @Test func decimalsAndNonPolynomialsAreClearErrors() throws {
        #expect(throws: PolynomialError.decimal) { try expr("x^2 - 1.0").factored() }
        #expect(throws: PolynomialError.otherVariables(["y"])) { try expr("1/(x*y + 1)").apart(in: "x") }
        #expect(throws: PolynomialError.notRational(variable: "x")) { try expr("1/(sin(x) + 1)").apart(in: "x") }
        #expect(throws: PolynomialError.tooLarge(limit: RationalFunction.maximumExpandedDegree)) {
            try expr("(x + y)^5000 - 1").factored()
        }
    }

    // MARK: Properties on random polynomials

    private static let variables = ["x", "y", "z"]

    /// A random polynomial in the first `count` variables with small integer coefficients.
    private func randomPolynomial(_ count: Int, degree: Int, _ generator: inout SplitMix64) -> Expr {
        var terms: [Expr] = []
        for _ in 0..<Int.random(in: 2...4, using: &generator) {
            var term = Expr.integer(Int.random(in: -4...4, using: &generator))
            for name in PolynomialTests.variables.prefix(count) {
                term = term * .power(.symbol(name), .integer(Int.random(in: 0...degree, using: &generator)))
            }
            terms.append(term)
        }
        let sum = Expr.sum(terms)
        return sum.polynomial(in: Array(PolynomialTests.variables.prefix(count)))?.totalDegree ?? 0 > 0
            ? sum : sum + .symbol("x")
    }

    private func polynomial(_ e: Expr, _ count: Int) -> Polynomial? {
        e.polynomial(in: Array(PolynomialTests.variables.prefix(count)))
    }

    @Test(arguments: 1...3)
    func expandingTheFactorisationGivesBackThePolynomial(variableCount: Int) throws {
        var generator = SplitMix64(seed: UInt64(100 + variableCount))
        for _ in 0..<8 {
            let count = Int.random(in: 2...3, using: &generator)
            let parts = (0..<count).map { _ in randomPolynomial(variableCount, degree: variableCount == 3 ? 1 : 2, &generator) }
            let product = Expr.product(parts).expanded()
            let factored = try product.factored()
            #expect(polynomial(factored.expanded(), variableCount) == polynomial(product, variableCount),
                    "\(ascii(product)) factored as \(ascii(factored))")
            let expanded = try #require(polynomial(product, variableCount))
            let factorization = try #require(Factorization(expanded))
            let irreducibleCount = factorization.factors.reduce(0) { $0 + $1.multiplicity }
            #expect(irreducibleCount >= count, "\(ascii(product)) factored as \(ascii(factored))")
        }
    }

    @Test(arguments: 1...3)
    func cancellingACommonFactorLeavesTheQuotient(variableCount: Int) throws {
        var generator = SplitMix64(seed: UInt64(200 + variableCount))
        for _ in 0..<12 {
            let p = randomPolynomial(variableCount, degree: 2, &generator)
            let q = randomPolynomial(variableCount, degree: 2, &generator)
            let r = randomPolynomial(variableCount, degree: 2, &generator)
            let cancelled = try ((p * q).expanded() / (p * r).expanded()).cancelled()
            let generators = Array(PolynomialTests.variables.prefix(variableCount)).map(Expr.symbol)
            let function = try #require(RationalFunction(cancelled, in: generators))
            let (qp, rp) = (try #require(polynomial(q, variableCount)), try #require(polynomial(r, variableCount)))
            #expect(function.numerator * rp == function.denominator * qp, "\(ascii(cancelled)) is not (\(ascii(q)))/(\(ascii(r)))")
            #expect(Polynomial.gcd(function.numerator, function.denominator).constantValue != nil)
        }
    }

    @Test(arguments: 1...3)
    func gcdDividesBothAndScalesWithACommonFactor(variableCount: Int) throws {
        var generator = SplitMix64(seed: UInt64(300 + variableCount))
        for _ in 0..<12 {
            let a = try #require(polynomial(randomPolynomial(variableCount, degree: 2, &generator), variableCount))
            let b = try #require(polynomial(randomPolynomial(variableCount, degree: 2, &generator), variableCount))
            let c = try #require(polynomial(randomPolynomial(variableCount, degree: 2, &generator), variableCount))
            let g = Polynomial.gcd(a, b)
            #expect(a.divided(by: g) != nil && b.divided(by: g) != nil)
            #expect(Polynomial.gcd(b, a) == g)
            #expect(Polynomial.gcd(a * c, b * c) == (g * c).primitiveForm.primitive)
            #expect(Polynomial.gcd(a, .constant(.zero, in: a.generators)) == a.primitiveForm.primitive)
        }
    }
}

/// Polynomial and rational-function algebra on expressions: `cancel`, `factor`,
/// `together` and `apart`, as SymPy names and defines them.
extension Expr {
    /// The expression as a polynomial in `variables` (other symbols and subexpressions
    /// then count as coefficients only when they are numbers); nil when it is not one.
    public func polynomial(in variables: [String]) -> Polynomial? {
        guard let function = RationalFunction(self, in: variables.map(Expr.symbol)),
              let scale = function.denominator.constantValue else { return nil }
        return function.numerator * scale.reciprocal
    }

    /// The expression as a quotient of polynomials in its own generators (see
    /// ``RationalFunction/generators(of:)``).
    func rationalFunction() throws(PolynomialError) -> RationalFunction {
        guard let generators = RationalFunction.generators(of: self) else { throw .decimal }
        guard let function = RationalFunction(self, in: generators) else { throw .tooLarge(limit: RationalFunction.maximumExpandedDegree) }
        return function
    }

    /// Numerator and denominator with their common factors divided out:
    /// `(x² − 1)/(x − 1)` → `x + 1`, `(2x + 2)/(4x)` → `(x + 1)/(2x)`.
    public func cancelled() throws(PolynomialError) -> Expr {
        try rationalFunction().cancelled.expression
    }

    /// One fraction over a common denominator, without cancelling:
    /// `1/x + 1/y` → `(x + y)/(x·y)`. The denominator is left factored.
    public func together() throws(PolynomialError) -> Expr {
        let function = try rationalFunction()
        guard function.denominator.constantValue == nil else { return function.expression }
        guard let bottom = Factorization(function.denominator) else { return function.expression }
        return function.numerator.expression * .power(bottom.expression, .integer(-1))
    }

    /// The product of irreducible factors over the rationals, after cancelling:
    /// `x² − 1` → `(x − 1)(x + 1)`, `2x² + 4x + 2` → `2(x + 1)²`.
    public func factored() throws(PolynomialError) -> Expr {
        let function = try rationalFunction().cancelled
        guard let top = Factorization(function.numerator) else { throw .tooLarge(limit: Factorization.maximumDegree) }
        guard let bottom = Factorization(function.denominator) else {
            throw .tooLarge(limit: Factorization.maximumDegree)
        }
        return top.expression * .power(bottom.expression, .integer(-1))
    }

    /// The partial-fraction decomposition in `variable`:
    /// `1/(x² − 1)` → `1/(2(x − 1)) − 1/(2(x + 1))`.
    public func apart(in variable: String) throws(PolynomialError) -> Expr {
        guard let generators = RationalFunction.generators(of: self) else { throw .decimal }
        let others = generators.filter { $0 != .symbol(variable) }
        guard others.isEmpty else {
            if others.allSatisfy({ $0.symbolName != nil }) { throw .otherVariables(others.compactMap(\.symbolName)) }
            throw .notRational(variable: variable)
        }
        guard let function = RationalFunction(self, in: [.symbol(variable)]) else { throw .notRational(variable: variable) }
        return try PartialFractions.decompose(function)
    }
}

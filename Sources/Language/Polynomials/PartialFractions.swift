/// Partial-fraction decomposition of a rational function of one variable over the rationals:
/// `n/d = q + Σ Aᵢⱼ/pᵢʲ`, where `d = u·Π pᵢ^eᵢ` is factored into irreducibles, `q` is the
/// polynomial part and each `Aᵢⱼ` has lower degree than `pᵢ`. The `Aᵢⱼ` are found exactly by
/// solving the linear system `r = Σ Aᵢⱼ·d/pᵢʲ` for the remainder `r` of `n` by `d`.
enum PartialFractions {
    static func decompose(_ function: RationalFunction) throws(PolynomialError) -> Expr {
        let reduced = function.cancelled
        let (n, d) = (reduced.numerator, reduced.denominator)
        if d.constantValue != nil { return reduced.expression }
        let generators = n.generators
        let (quotient, remainder) = divide(n, by: d)
        guard let factorization = Factorization(d) else { throw .tooLarge(limit: Factorization.maximumDegree) }
        var columns: [(factor: Polynomial, power: Int, degree: Int, cofactor: Polynomial)] = []
        for (factor, multiplicity) in factorization.factors {
            for power in 1...multiplicity {
                let cofactor = d.divided(by: factor.raised(to: power))!
                for degree in 0..<factor.totalDegree { columns.append((factor, power, degree, cofactor)) }
            }
        }
        let size = d.totalDegree
        var matrix = Array(repeating: Array(repeating: Number.zero, count: size + 1), count: size)
        for (column, entry) in columns.enumerated() {
            for (exponents, value) in (entry.cofactor * Polynomial.generator(0, in: generators).raised(to: entry.degree)).terms {
                matrix[exponents[0]][column] = value
            }
        }
        for (exponents, value) in remainder.terms { matrix[exponents[0]][size] = value }
        let solution = solve(matrix)
        var numerators: [Int: Polynomial] = [:]
        var terms = [quotient.expression]
        for (column, entry) in columns.enumerated() {
            let key = columns.firstIndex { $0.factor == entry.factor && $0.power == entry.power }!
            numerators[key, default: .constant(.zero, in: generators)] = numerators[key, default: .constant(.zero, in: generators)]
                + Polynomial.generator(0, in: generators).raised(to: entry.degree) * solution[column]
        }
        for key in numerators.keys.sorted() where !numerators[key]!.isZero {
            let (unit, primitive) = numerators[key]!.primitiveForm
            terms.append(.product([.number(unit), primitive.expression,
                                   .power(columns[key].factor.expression, .integer(-columns[key].power))]))
        }
        return .sum(terms)
    }

    /// Quotient and remainder of univariate division over the rationals.
    static func divide(_ n: Polynomial, by d: Polynomial) -> (Polynomial, Polynomial) {
        var remainder = n.coefficients(in: 0).map { $0.constantValue! }
        let divisor = d.coefficients(in: 0).map { $0.constantValue! }
        var quotient = Array(repeating: Number.zero, count: max(remainder.count - divisor.count + 1, 0))
        if remainder.count >= divisor.count {
            for top in stride(from: remainder.count - 1, through: divisor.count - 1, by: -1) {
                let factor = remainder[top] / divisor.last!
                let shift = top - (divisor.count - 1)
                quotient[shift] = factor
                for (k, value) in divisor.enumerated() { remainder[shift + k] = remainder[shift + k] - factor * value }
            }
        }
        func polynomial(_ values: [Number]) -> Polynomial {
            var terms: [[Int]: Number] = [:]
            for (power, value) in values.enumerated() { terms[[power]] = value }
            return Polynomial(generators: n.generators, terms: terms)
        }
        return (polynomial(quotient), polynomial(remainder))
    }

    /// The solution of a square, nonsingular system given as an augmented matrix, by Gaussian elimination.
    static func solve(_ augmented: [[Number]]) -> [Number] {
        var m = augmented
        let size = m.count
        for column in 0..<size {
            let pivot = (column..<size).first { !m[$0][column].isZero }!
            m.swapAt(column, pivot)
            let inverse = m[column][column].reciprocal
            m[column] = m[column].map { $0 * inverse }
            for row in 0..<size where row != column && !m[row][column].isZero {
                let factor = m[row][column]
                for k in column...size { m[row][k] = m[row][k] - factor * m[column][k] }
            }
        }
        return m.map { $0[size] }
    }
}

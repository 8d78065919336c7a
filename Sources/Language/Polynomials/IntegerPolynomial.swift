import BigInt

/// A dense polynomial in one variable with integer coefficients, lowest power first and
/// no trailing zeros: the integer side of Zassenhaus's factorisation (Hensel lifting,
/// recombination and trial division).
struct IntegerPolynomial: Equatable {
    private(set) var coefficients: [BigInt]

    init(_ coefficients: [BigInt]) {
        self.coefficients = coefficients
        while self.coefficients.last?.isZero == true { self.coefficients.removeLast() }
    }

    var degree: Int { coefficients.count - 1 }
    var lead: BigInt { coefficients.last ?? 0 }
    var isZero: Bool { coefficients.isEmpty }

    static func + (a: IntegerPolynomial, b: IntegerPolynomial) -> IntegerPolynomial {
        var c = Array(repeating: BigInt(0), count: max(a.coefficients.count, b.coefficients.count))
        for (i, x) in a.coefficients.enumerated() { c[i] = x }
        for (i, x) in b.coefficients.enumerated() { c[i] += x }
        return IntegerPolynomial(c)
    }

    static func - (a: IntegerPolynomial, b: IntegerPolynomial) -> IntegerPolynomial {
        a + IntegerPolynomial(b.coefficients.map { -$0 })
    }

    static func * (a: IntegerPolynomial, b: IntegerPolynomial) -> IntegerPolynomial {
        guard !a.isZero, !b.isZero else { return IntegerPolynomial([]) }
        var c = Array(repeating: BigInt(0), count: a.coefficients.count + b.coefficients.count - 1)
        for (i, x) in a.coefficients.enumerated() where !x.isZero {
            for (j, y) in b.coefficients.enumerated() { c[i + j] += x * y }
        }
        return IntegerPolynomial(c)
    }

    func scaled(_ k: BigInt) -> IntegerPolynomial { IntegerPolynomial(coefficients.map { $0 * k }) }

    /// Every coefficient reduced to `0..<m`.
    func reduced(modulo m: BigInt) -> IntegerPolynomial {
        IntegerPolynomial(coefficients.map { let r = $0 % m; return r.sign == .minus ? r + m : r })
    }

    /// Every coefficient reduced to the symmetric range `−m/2 < c ≤ m/2`.
    func symmetric(modulo m: BigInt) -> IntegerPolynomial {
        IntegerPolynomial(reduced(modulo: m).coefficients.map { $0 * 2 > m ? $0 - m : $0 })
    }

    func modular(_ prime: Int) -> ModularPolynomial {
        let p = BigInt(prime)
        return ModularPolynomial(coefficients.map { Int((($0 % p) + p) % p) }, prime: prime)
    }

    init(_ modular: ModularPolynomial) {
        self.init(modular.coefficients.map { BigInt($0) })
    }

    /// The content: the gcd of the coefficients, positive.
    var content: BigInt {
        coefficients.reduce(BigInt(0)) { $0.greatestCommonDivisor(with: $1) }
    }

    /// Divided by its content, with a positive leading coefficient.
    var primitive: IntegerPolynomial {
        let c = content
        guard !c.isZero else { return self }
        let signed = lead.sign == .minus ? -c : c
        return IntegerPolynomial(coefficients.map { $0 / signed })
    }

    /// `self / divisor` when it divides exactly over the integers; nil otherwise.
    func divided(by divisor: IntegerPolynomial) -> IntegerPolynomial? {
        guard !divisor.isZero else { return nil }
        if isZero { return self }
        guard degree >= divisor.degree else { return nil }
        if let a = coefficients.first, let b = divisor.coefficients.first, !b.isZero, !(a % b).isZero { return nil }
        var r = coefficients
        var q = Array(repeating: BigInt(0), count: degree - divisor.degree + 1)
        for top in stride(from: degree, through: divisor.degree, by: -1) where !r[top].isZero {
            let (factor, remainder) = r[top].quotientAndRemainder(dividingBy: divisor.lead)
            guard remainder.isZero else { return nil }
            let shift = top - divisor.degree
            q[shift] = factor
            for (k, y) in divisor.coefficients.enumerated() { r[shift + k] -= factor * y }
        }
        guard r.allSatisfy(\.isZero) else { return nil }
        return IntegerPolynomial(q)
    }

    /// The Mignotte bound: every coefficient of any factor is at most this in absolute value.
    var factorCoefficientBound: BigInt {
        let norm = coefficients.map { $0.magnitude }.max() ?? 0
        var root = BigUInt(1)
        while root * root < BigUInt(coefficients.count) { root += 1 }
        return BigInt((BigUInt(1) << degree) * root * norm)
    }
}

/// A polynomial in one variable with coefficients modulo a small prime, lowest power
/// first and no trailing zeros: the arithmetic under Zassenhaus's factorisation.
///
/// `factors()` is the Cantor–Zassenhaus algorithm: distinct-degree factorisation
/// (`gcd(f, x^(p^d) − x)` collects the irreducible factors of degree d), then
/// equal-degree splitting with `gcd(f, g^((p^d − 1)/2) − 1)` for random g.
struct ModularPolynomial: Equatable {
    let prime: Int
    private(set) var coefficients: [Int]

    init(_ coefficients: [Int], prime: Int) {
        self.prime = prime
        self.coefficients = coefficients.map { (($0 % prime) + prime) % prime }
        trim()
    }

    private mutating func trim() {
        while coefficients.last == 0 { coefficients.removeLast() }
    }

    var degree: Int { coefficients.count - 1 }
    var isZero: Bool { coefficients.isEmpty }
    var lead: Int { coefficients.last ?? 0 }

    func constant(_ c: Int) -> ModularPolynomial { ModularPolynomial([c], prime: prime) }

    static func + (a: ModularPolynomial, b: ModularPolynomial) -> ModularPolynomial {
        var c = Array(repeating: 0, count: max(a.coefficients.count, b.coefficients.count))
        for (i, x) in a.coefficients.enumerated() { c[i] = x }
        for (i, x) in b.coefficients.enumerated() { c[i] = (c[i] + x) % a.prime }
        return ModularPolynomial(c, prime: a.prime)
    }

    static func - (a: ModularPolynomial, b: ModularPolynomial) -> ModularPolynomial {
        a + ModularPolynomial(b.coefficients.map { a.prime - $0 }, prime: a.prime)
    }

    static func * (a: ModularPolynomial, b: ModularPolynomial) -> ModularPolynomial {
        guard !a.isZero, !b.isZero else { return ModularPolynomial([], prime: a.prime) }
        var c = Array(repeating: 0, count: a.coefficients.count + b.coefficients.count - 1)
        for (i, x) in a.coefficients.enumerated() where x != 0 {
            for (j, y) in b.coefficients.enumerated() { c[i + j] = (c[i + j] + x * y) % a.prime }
        }
        return ModularPolynomial(c, prime: a.prime)
    }

    func scaled(_ k: Int) -> ModularPolynomial {
        ModularPolynomial(coefficients.map { $0 * (k % prime) }, prime: prime)
    }

    /// `x⁻¹ mod p` by Fermat's little theorem.
    func inverse(_ x: Int) -> Int { power(x, prime - 2) }

    func power(_ base: Int, _ exponent: Int) -> Int {
        var result = 1, base = base % prime, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * base % prime }
            base = base * base % prime
            e >>= 1
        }
        return result
    }

    var monic: ModularPolynomial { isZero ? self : scaled(inverse(lead)) }

    /// Quotient and remainder of division by a nonzero polynomial.
    func divided(by b: ModularPolynomial) -> (quotient: ModularPolynomial, remainder: ModularPolynomial) {
        var r = coefficients
        guard degree >= b.degree else { return (ModularPolynomial([], prime: prime), self) }
        var q = Array(repeating: 0, count: degree - b.degree + 1)
        let inv = inverse(b.lead)
        for top in stride(from: degree, through: b.degree, by: -1) where r[top] != 0 {
            let factor = r[top] * inv % prime
            let shift = top - b.degree
            q[shift] = factor
            for (k, y) in b.coefficients.enumerated() {
                r[shift + k] = ((r[shift + k] - factor * y) % prime + prime) % prime
            }
        }
        return (ModularPolynomial(q, prime: prime), ModularPolynomial(r, prime: prime))
    }

    static func % (a: ModularPolynomial, b: ModularPolynomial) -> ModularPolynomial { a.divided(by: b).remainder }

    static func gcd(_ a: ModularPolynomial, _ b: ModularPolynomial) -> ModularPolynomial {
        var (a, b) = (a, b)
        while !b.isZero { (a, b) = (b, a % b) }
        return a.monic
    }

    /// `(s, t)` with `s·a + t·b = 1`, for coprime `a` and `b`.
    static func bezout(_ a: ModularPolynomial, _ b: ModularPolynomial) -> (ModularPolynomial, ModularPolynomial) {
        var (r0, r1) = (a, b)
        var (s0, s1) = (a.constant(1), a.constant(0))
        var (t0, t1) = (a.constant(0), a.constant(1))
        while !r1.isZero {
            let (q, r) = r0.divided(by: r1)
            (r0, r1) = (r1, r)
            (s0, s1) = (s1, s0 - q * s1)
            (t0, t1) = (t1, t0 - q * t1)
        }
        let inv = a.inverse(r0.lead)
        return (s0.scaled(inv), t0.scaled(inv))
    }

    /// `self^exponent mod modulus`.
    func power(_ exponent: Int, modulo modulus: ModularPolynomial) -> ModularPolynomial {
        var result = constant(1), base = self % modulus, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * base % modulus }
            base = base * base % modulus
            e >>= 1
        }
        return result
    }

    var derivative: ModularPolynomial {
        ModularPolynomial(coefficients.enumerated().dropFirst().map { $0.offset * $0.element }, prime: prime)
    }

    /// The monic irreducible factors of a monic square-free polynomial (odd prime).
    func factors() -> [ModularPolynomial] {
        var generator = SplitMix(seed: UInt64(prime) &* 0x9E37_79B9 &+ UInt64(degree))
        var result: [ModularPolynomial] = []
        for (d, product) in distinctDegreeFactors() {
            result += product.equalDegreeFactors(d, &generator)
        }
        return result
    }

    /// Pairs `(d, product of all irreducible factors of degree d)`.
    private func distinctDegreeFactors() -> [(Int, ModularPolynomial)] {
        var result: [(Int, ModularPolynomial)] = []
        var rest = self
        let x = ModularPolynomial([0, 1], prime: prime)
        var h = x
        var d = 0
        while rest.degree >= 2 * (d + 1) {
            d += 1
            h = h.power(prime, modulo: rest)
            let g = ModularPolynomial.gcd(rest, h - x)
            if g.degree > 0 {
                result.append((d, g))
                rest = rest.divided(by: g).quotient
                h = h % rest
            }
        }
        if rest.degree > 0 { result.append((rest.degree, rest.monic)) }
        return result
    }

    private func equalDegreeFactors(_ d: Int, _ generator: inout SplitMix) -> [ModularPolynomial] {
        if degree == d { return [monic] }
        while true {
            let random = ModularPolynomial((0..<degree).map { _ in Int(generator.next() % UInt64(prime)) }, prime: prime)
            guard random.degree > 0 else { continue }
            // random^((p^d − 1)/2) as (random^(1 + p + … + p^(d−1)))^((p − 1)/2), with no huge exponent.
            var frobenius = random % self, norm = frobenius
            for _ in 1..<d {
                frobenius = frobenius.power(prime, modulo: self)
                norm = norm * frobenius % self
            }
            let g = ModularPolynomial.gcd(self, norm.power((prime - 1) / 2, modulo: self) - constant(1))
            if g.degree > 0 && g.degree < degree {
                return g.equalDegreeFactors(d, &generator) + divided(by: g).quotient.monic.equalDegreeFactors(d, &generator)
            }
        }
    }
}

/// A small deterministic random generator (SplitMix64), so factorisations are the same every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

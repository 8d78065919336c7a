import BigInt

/// Zassenhaus's algorithm: the irreducible factors over the integers of a square-free,
/// primitive polynomial in one variable.
///
/// 1. choose a prime p not dividing the leading coefficient for which f stays square-free mod p;
/// 2. factor f mod p (Cantor–Zassenhaus, see ``ModularPolynomial``);
/// 3. Hensel-lift the factorisation to mod pᵏ with pᵏ more than twice the Mignotte bound;
/// 4. recombine: each true factor is `lc · Π gᵢ mod pᵏ` for some subset of the lifted
///    factors, tried smallest subsets first and confirmed by exact division.
enum Zassenhaus {
    static let primes = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
                         101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191,
                         193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283]

    static func factors(of f: IntegerPolynomial) -> [IntegerPolynomial] {
        guard f.degree > 1 else { return [f] }
        guard let (prime, modular) = bestPrime(for: f) else { return [f] }
        guard modular.count > 1 else { return [f] }
        let bound = f.factorCoefficientBound * f.lead.magnitude.asSigned * 2
        var exponent = 1, modulus = BigInt(prime)
        while modulus <= bound { modulus *= BigInt(prime); exponent += 1 }
        let lifted = lift(f, modular, prime: prime, exponent: exponent, modulus: modulus)
        return recombine(f, lifted, modulus: modulus)
    }

    /// Among the first few primes that keep f square-free, the one giving fewest modular factors.
    private static func bestPrime(for f: IntegerPolynomial) -> (Int, [ModularPolynomial])? {
        var best: (Int, [ModularPolynomial])?
        var tried = 0
        for prime in primes where tried < 3 {
            guard !(f.lead % BigInt(prime)).isZero else { continue }
            let reduced = f.modular(prime)
            guard ModularPolynomial.gcd(reduced, reduced.derivative).degree == 0 else { continue }
            tried += 1
            let factors = reduced.monic.factors()
            if best == nil || factors.count < best!.1.count { best = (prime, factors) }
            if factors.count == 1 { break }
        }
        return best
    }

    /// Monic factors mod `modulus` = prime^exponent whose product times lc(f) is f mod modulus.
    private static func lift(
        _ f: IntegerPolynomial, _ factors: [ModularPolynomial], prime: Int, exponent: Int, modulus: BigInt
    ) -> [IntegerPolynomial] {
        var target = f.reduced(modulo: modulus)
        var result: [IntegerPolynomial] = []
        for g in factors.dropLast() {
            let h = target.modular(prime).divided(by: g).quotient
            let (liftedG, liftedH) = henselLift(target, g, h, prime: prime, exponent: exponent)
            result.append(liftedG.reduced(modulo: modulus))
            target = liftedH.reduced(modulo: modulus)
        }
        let inverse = BigInt(target.lead.inverse(modulus)!)
        result.append(target.scaled(inverse).reduced(modulo: modulus))
        return result
    }

    /// Lifts `f ≡ g·h (mod p)`, g monic and coprime to h, to `f ≡ G·H (mod p^exponent)` with G monic.
    private static func henselLift(
        _ f: IntegerPolynomial, _ g: ModularPolynomial, _ h: ModularPolynomial, prime: Int, exponent: Int
    ) -> (IntegerPolynomial, IntegerPolynomial) {
        let (s, t) = ModularPolynomial.bezout(g, h)
        var big = IntegerPolynomial(g), other = IntegerPolynomial(h)
        var modulus = BigInt(prime)
        for _ in 1..<max(exponent, 1) {
            let error = f - big * other
            let e = IntegerPolynomial(error.coefficients.map { $0 / modulus }).modular(prime)
            let (q, tau) = (t * e).divided(by: g)
            let sigma = s * e + q * h
            big = big + IntegerPolynomial(tau).scaled(modulus)
            other = other + IntegerPolynomial(sigma).scaled(modulus)
            modulus *= BigInt(prime)
        }
        return (big, other)
    }

    /// True factors from subsets of the lifted ones, smallest subsets first.
    private static func recombine(_ f: IntegerPolynomial, _ lifted: [IntegerPolynomial], modulus: BigInt) -> [IntegerPolynomial] {
        var remaining = lifted, rest = f, found: [IntegerPolynomial] = []
        var size = 1
        search: while 2 * size <= remaining.count {
            for subset in combinations(remaining.count, size) {
                var candidate = IntegerPolynomial([rest.lead])
                for index in subset { candidate = (candidate * remaining[index]).reduced(modulo: modulus) }
                let factor = candidate.symmetric(modulo: modulus).primitive
                if let quotient = rest.divided(by: factor) {
                    found.append(factor)
                    rest = quotient
                    for index in subset.reversed() { remaining.remove(at: index) }
                    continue search
                }
            }
            size += 1
        }
        if rest.degree > 0 { found.append(rest.primitive) }
        return found
    }

    /// Every increasing `size`-element subset of `0..<count`.
    static func combinations(_ count: Int, _ size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        guard size <= count else { return [] }
        var result: [[Int]] = []
        var current = Array(0..<size)
        while true {
            result.append(current)
            var i = size - 1
            while i >= 0 && current[i] == count - size + i { i -= 1 }
            if i < 0 { return result }
            current[i] += 1
            for j in (i + 1)..<size { current[j] = current[j - 1] + 1 }
        }
    }
}

private extension BigUInt {
    var asSigned: BigInt { BigInt(self) }
}

private extension BigInt {
    /// The inverse modulo `m` when it exists, by the extended Euclidean algorithm.
    func inverse(_ m: BigInt) -> BigInt? {
        var (r0, r1) = (((self % m) + m) % m, m)
        var (s0, s1) = (BigInt(1), BigInt(0))
        while !r1.isZero {
            let q = r0 / r1
            (r0, r1) = (r1, r0 - q * r1)
            (s0, s1) = (s1, s0 - q * s1)
        }
        guard r0 == 1 else { return nil }
        return ((s0 % m) + m) % m
    }
}

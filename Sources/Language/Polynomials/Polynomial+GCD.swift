/// Exact division and greatest common divisors of multivariate polynomials over the rationals.
///
/// The gcd is computed recursively, one generator at a time: split each polynomial into
/// its content (the gcd of its coefficients, a polynomial in the other generators) and
/// primitive part, run Euclid's algorithm with pseudo-remainders on the primitive parts
/// (the primitive polynomial remainder sequence), and multiply back the gcd of the contents.
extension Polynomial {
    /// `self / divisor` when the division is exact; nil when it leaves a remainder.
    public func divided(by divisor: Polynomial) -> Polynomial? {
        if divisor.isZero { return nil }
        if isZero { return self }
        if let c = divisor.constantValue { return self * c.reciprocal }
        let index = divisor.mainGenerator!
        let dividend = coefficients(in: index), by = divisor.coefficients(in: index)
        guard dividend.count >= by.count else { return nil }
        var remainder = dividend
        var quotient = Array(repeating: Polynomial.constant(.zero, in: generators), count: dividend.count - by.count + 1)
        for top in stride(from: dividend.count - 1, through: by.count - 1, by: -1) where !remainder[top].isZero {
            guard let q = remainder[top].divided(by: by.last!) else { return nil }
            let shift = top - (by.count - 1)
            quotient[shift] = q
            for (k, coefficient) in by.enumerated() { remainder[shift + k] = remainder[shift + k] - q * coefficient }
        }
        guard remainder.allSatisfy(\.isZero) else { return nil }
        return Polynomial.combining(quotient, in: index, generators: generators)
    }

    /// The greatest common divisor, with integer coefficients, no common numeric factor and
    /// a positive leading term; gcd(0, 0) is 0.
    public static func gcd(_ a: Polynomial, _ b: Polynomial) -> Polynomial {
        if a.isZero { return b.primitiveForm.primitive }
        if b.isZero { return a.primitiveForm.primitive }
        guard let index = a.mainGenerator ?? b.mainGenerator else { return .constant(.one, in: a.generators) }
        let (contentA, partA) = a.split(in: index)
        let (contentB, partB) = b.split(in: index)
        let content = gcd(contentA, contentB)
        let (a0, b0) = (partA.primitiveForm.primitive, partB.primitiveForm.primitive)
        var (r0, r1) = a0.degree(in: index) >= b0.degree(in: index) ? (a0, b0) : (b0, a0)
        while !r1.isZero {
            let r = r0.pseudoRemainder(r1, in: index)
            r0 = r1
            r1 = r.isZero ? r : r.split(in: index).primitive.primitiveForm.primitive
        }
        let part = r0.degree(in: index) > 0 ? r0.split(in: index).primitive : .constant(.one, in: a.generators)
        return (content * part).primitiveForm.primitive
    }

    /// The least common multiple, normalised as ``gcd(_:_:)`` is.
    public static func lcm(_ a: Polynomial, _ b: Polynomial) -> Polynomial {
        if a.isZero || b.isZero { return .constant(.zero, in: a.generators) }
        return (a.divided(by: gcd(a, b))! * b).primitiveForm.primitive
    }

    /// Content (gcd of the coefficients in generator `index`) and primitive part.
    func split(in index: Int) -> (content: Polynomial, primitive: Polynomial) {
        let content = coefficients(in: index).reduce(Polynomial.constant(.zero, in: generators)) { Polynomial.gcd($0, $1) }
        guard !content.isZero else { return (content, self) }
        return (content, divided(by: content)!)
    }

    /// The remainder of `lc(divisor)^k · self` divided by `divisor` in generator `index`,
    /// which needs no division of coefficients.
    func pseudoRemainder(_ divisor: Polynomial, in index: Int) -> Polynomial {
        var remainder = coefficients(in: index)
        let by = divisor.coefficients(in: index)
        let lead = by.last!
        while remainder.count >= by.count {
            let top = remainder.removeLast()
            let shift = remainder.count - (by.count - 1)
            for k in remainder.indices { remainder[k] = remainder[k] * lead }
            for k in 0..<(by.count - 1) { remainder[shift + k] = remainder[shift + k] - top * by[k] }
            while remainder.last?.isZero == true { remainder.removeLast() }
        }
        return Polynomial.combining(remainder, in: index, generators: generators)
    }
}

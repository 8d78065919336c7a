/// A power series `c₀ + c₁h + … + cₙhⁿ` truncated after degree n, with exact coefficients.
///
/// Arithmetic on truncated series is how Taylor coefficients are computed without
/// differentiating symbolically (whose expressions grow exponentially for `x^x`):
/// every operation costs O(n²) coefficient operations, as in SymPy's `ring_series`.
/// Each operation returns nil when its result would need an irrational coefficient
/// (`exp` of a non-zero constant term, `log` of one other than 1), so callers can
/// fall back to a method that keeps such constants symbolic.
struct PowerSeries: Equatable, Sendable {
    /// c₀ … cₙ; the count is always the truncation order plus one.
    private(set) var coefficients: [Number]

    var order: Int { coefficients.count - 1 }

    /// The constant series `value`.
    init(constant value: Number, order: Int) {
        coefficients = [value] + Array(repeating: .zero, count: order)
    }

    /// The series of `a + h`: the variable itself, expanded about `a`.
    init(variableAt point: Number, order: Int) {
        coefficients = [point] + Array(repeating: .zero, count: order)
        if order >= 1 { coefficients[1] = .one }
    }

    private init(_ coefficients: [Number]) {
        self.coefficients = coefficients
    }

    private var constantTerm: Number { coefficients[0] }

    static func + (a: PowerSeries, b: PowerSeries) -> PowerSeries {
        PowerSeries(zip(a.coefficients, b.coefficients).map { $0 + $1 })
    }

    static prefix func - (a: PowerSeries) -> PowerSeries {
        PowerSeries(a.coefficients.map { -$0 })
    }

    static func - (a: PowerSeries, b: PowerSeries) -> PowerSeries { a + (-b) }

    /// The Cauchy product, truncated: (ab)ₖ = Σⱼ aⱼ bₖ₋ⱼ.
    static func * (a: PowerSeries, b: PowerSeries) -> PowerSeries {
        var product = Array(repeating: Number.zero, count: a.coefficients.count)
        for i in a.coefficients.indices where !a.coefficients[i].isZero {
            for j in 0...(a.order - i) where !b.coefficients[j].isZero {
                product[i + j] = product[i + j] + a.coefficients[i] * b.coefficients[j]
            }
        }
        return PowerSeries(product)
    }

    /// `a / b`, defined when b's constant term is non-zero.
    static func / (a: PowerSeries, b: PowerSeries) -> PowerSeries? {
        b.reciprocal.map { a * $0 }
    }

    /// `1/a` from a·r = 1: r₀ = 1/a₀, rₖ = −(1/a₀) Σⱼ₌₁ᵏ aⱼ rₖ₋ⱼ.
    var reciprocal: PowerSeries? {
        guard !constantTerm.isZero else { return nil }
        let inverse = constantTerm.reciprocal
        var result = [inverse]
        for k in stride(from: 1, through: order, by: 1) {
            var sum = Number.zero
            for j in 1...k where !coefficients[j].isZero { sum = sum + coefficients[j] * result[k - j] }
            result.append(-(inverse * sum))
        }
        return PowerSeries(result)
    }

    /// `aᵖ` for an integer p; a negative p needs a non-zero constant term. Nil when a₀ᵖ
    /// alone would exceed ``Number/maximumDigits`` (it stays symbolic elsewhere too).
    func raised(toInteger p: Int) -> PowerSeries? {
        if let digits = constantTerm.digitsOfPower(.integer(p)), digits > Double(Number.maximumDigits) { return nil }
        if p < 0 { return reciprocal?.raised(toInteger: -p) }
        var result = PowerSeries(constant: .one, order: order)
        var base = self
        var remaining = p
        while remaining > 0 {
            if remaining & 1 == 1 { result = result * base }
            remaining >>= 1
            if remaining > 0 { base = base * base }
        }
        return result
    }

    /// `aʳ` for a rational r, when a₀ʳ is rational (a₀ > 0), from a·P′ = r·a′·P:
    /// k·a₀·Pₖ = Σⱼ₌₁ᵏ (r·j − (k − j)) aⱼ Pₖ₋ⱼ.
    func raised(to r: Number) -> PowerSeries? {
        if let p = r.integerValue { return raised(toInteger: p) }
        guard r.isExact, !constantTerm.isNegative, !constantTerm.isZero,
              let start = constantTerm.raised(to: r), start.isExact else { return nil }
        var result = [start]
        for k in stride(from: 1, through: order, by: 1) {
            var sum = Number.zero
            for j in 1...k where !coefficients[j].isZero {
                sum = sum + (r * .integer(j) - .integer(k - j)) * coefficients[j] * result[k - j]
            }
            result.append(sum / (.integer(k) * constantTerm))
        }
        return PowerSeries(result)
    }

    /// `exp(a)` when a₀ = 0, from E′ = a′E: k·Eₖ = Σⱼ₌₁ᵏ j·aⱼ Eₖ₋ⱼ.
    var exp: PowerSeries? {
        guard constantTerm.isZero else { return nil }
        var result = [Number.one]
        for k in stride(from: 1, through: order, by: 1) {
            var sum = Number.zero
            for j in 1...k where !coefficients[j].isZero { sum = sum + .integer(j) * coefficients[j] * result[k - j] }
            result.append(sum / .integer(k))
        }
        return PowerSeries(result)
    }

    /// `log(a)` when a₀ = 1: the integral of a′/a.
    var log: PowerSeries? {
        guard constantTerm.isOne, let quotient = derivative / self else { return nil }
        return quotient.integral(constant: .zero)
    }

    /// `(sin a, cos a)` when a₀ = 0, from S′ = a′C and C′ = −a′S.
    var sineAndCosine: (sin: PowerSeries, cos: PowerSeries)? {
        guard constantTerm.isZero else { return nil }
        var sine = [Number.zero], cosine = [Number.one]
        for k in stride(from: 1, through: order, by: 1) {
            var s = Number.zero, c = Number.zero
            for j in 1...k where !coefficients[j].isZero {
                let weight = Number.integer(j) * coefficients[j]
                s = s + weight * cosine[k - j]
                c = c - weight * sine[k - j]
            }
            sine.append(s / .integer(k))
            cosine.append(c / .integer(k))
        }
        return (PowerSeries(sine), PowerSeries(cosine))
    }

    /// `atan(a)` when a₀ = 0: the integral of a′/(1 + a²).
    var atan: PowerSeries? {
        guard constantTerm.isZero,
              let quotient = derivative / (PowerSeries(constant: .one, order: order) + self * self) else { return nil }
        return quotient.integral(constant: .zero)
    }

    /// d/dh, with the top coefficient (unknown at this truncation) set to zero.
    private var derivative: PowerSeries {
        var result = Array(repeating: Number.zero, count: coefficients.count)
        for k in stride(from: 1, through: order, by: 1) { result[k - 1] = .integer(k) * coefficients[k] }
        return PowerSeries(result)
    }

    /// The antiderivative with the given constant term, truncated at the same order.
    private func integral(constant: Number) -> PowerSeries {
        var result = [constant]
        for k in stride(from: 1, through: order, by: 1) { result.append(coefficients[k - 1] / .integer(k)) }
        return PowerSeries(result)
    }
}

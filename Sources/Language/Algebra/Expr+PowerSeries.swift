extension Expr {
    /// The series of this expression in h after substituting `variable = point + h`,
    /// truncated after hⁿ, or nil when some node has no series rule or a coefficient
    /// would be irrational (π, `exp(1)`, `log(2)`) or a double.
    func powerSeries(in variable: String, at point: Number, order: Int) -> PowerSeries? {
        guard point.isExact else { return nil }
        var memo: [Expr: PowerSeries] = [:]
        return series(in: variable, at: point, order: order, memo: &memo)
    }

    private func series(in variable: String, at point: Number, order: Int, memo: inout [Expr: PowerSeries]) -> PowerSeries? {
        if let known = memo[self] { return known }
        let child = { (e: Expr, memo: inout [Expr: PowerSeries]) in
            e.series(in: variable, at: point, order: order, memo: &memo)
        }
        let result: PowerSeries?
        switch node {
        case .number(let value):
            result = value.isExact ? PowerSeries(constant: value, order: order) : nil
        case .symbol(let name):
            result = name == variable ? PowerSeries(variableAt: point, order: order) : nil
        case .constant:
            result = nil
        case .sum(let terms):
            var total = PowerSeries(constant: .zero, order: order)
            for term in terms {
                guard let s = child(term, &memo) else { return nil }
                total = total + s
            }
            result = total
        case .product(let factors):
            var total = PowerSeries(constant: .one, order: order)
            for factor in factors {
                guard let s = child(factor, &memo) else { return nil }
                total = total * s
            }
            result = total
        case .power(let base, let exponent):
            guard let b = child(base, &memo) else { return nil }
            if let r = exponent.number {
                result = r.isExact ? b.raised(to: r) : nil
            } else {
                guard let e = child(exponent, &memo), let logarithm = b.log else { return nil }
                result = (e * logarithm).exp
            }
        case .call(let function, let arguments):
            guard arguments.count == 1, let a = child(arguments[0], &memo) else { return nil }
            result = Self.series(of: function, at: a)
        }
        if let result { memo[self] = result }
        return result
    }

    /// The series of `function(a)` for the functions whose coefficients stay rational.
    private static func series(of function: MathFunction, at a: PowerSeries) -> PowerSeries? {
        let one = PowerSeries(constant: .one, order: a.order)
        let half = Number.fraction(1, 2)
        switch function {
        case .exp: return a.exp
        case .log: return a.log
        case .sqrt: return a.raised(to: half)
        case .sin: return a.sineAndCosine?.sin
        case .cos: return a.sineAndCosine?.cos
        case .tan:
            guard let (s, c) = a.sineAndCosine else { return nil }
            return s / c
        case .sinh, .cosh, .tanh:
            guard let e = a.exp, let inverse = e.reciprocal else { return nil }
            let sinh = PowerSeries(constant: half, order: a.order) * (e - inverse)
            let cosh = PowerSeries(constant: half, order: a.order) * (e + inverse)
            return function == .sinh ? sinh : function == .cosh ? cosh : sinh / cosh
        case .sigmoid:
            guard let e = (-a).exp else { return nil }
            return one / (one + e)
        case .atan: return a.atan
        case .asin, .acos, .abs, .sign, .step, .relu, .softplus, .min, .max: return nil
        }
    }
}

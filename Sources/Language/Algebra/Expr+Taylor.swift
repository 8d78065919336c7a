extension Expr {
    /// The Taylor polynomial of degree `order` about `x = point`:
    /// `Σ f⁽ᵏ⁾(a)/k! · (x − a)^k` for k = 0…order. Order 1 is the tangent line.
    ///
    ///     exp(x).taylor(in: "x", at: 0, order: 3)   // x³/6 + x²/2 + x + 1
    ///
    /// Exact coefficients come from truncated power-series arithmetic (``PowerSeries``),
    /// which stays polynomial in the order where repeated differentiation grows
    /// exponentially (`x^x`); irrational ones fall back to differentiating.
    public func taylor(in variable: String, at point: Expr, order: Int) -> Expr {
        if let a = point.number, let series = powerSeries(in: variable, at: a, order: max(order, 0)) {
            let shift = Expr.symbol(variable) - point
            let terms = series.coefficients.enumerated().map { k, coefficient in
                Expr.number(coefficient) * .power(shift, .integer(k))
            }
            return Expr.sum(terms).expandedAround(shift: shift)
        }
        return taylorByDifferentiating(in: variable, at: point, order: order)
    }

    /// The same polynomial from `f⁽ᵏ⁾(a)/k!`, differentiating k times symbolically;
    /// it keeps irrational coefficients such as `exp(1)` exact.
    func taylorByDifferentiating(in variable: String, at point: Expr, order: Int) -> Expr {
        var terms: [Expr] = []
        var derivative = self
        var factorial = Number.one
        let shift = Expr.symbol(variable) - point
        for k in 0...max(order, 0) {
            if k > 0 {
                derivative = derivative.derivative(withRespectTo: variable)
                factorial = factorial * .integer(k)
            }
            let coefficient = derivative.substituting([variable: point])
            terms.append(coefficient / .number(factorial) * .power(shift, .integer(k)))
        }
        return Expr.sum(terms).expandedAround(shift: shift)
    }

    /// Keeps `(x − a)^k` unexpanded when a ≠ 0 (the textbook form), but collects terms.
    private func expandedAround(shift: Expr) -> Expr {
        if shift.symbolName != nil { return expanded() }
        return self
    }
}

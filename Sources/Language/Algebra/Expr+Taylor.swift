extension Expr {
    /// The Taylor polynomial of degree `order` about `x = point`:
    /// `Σ f⁽ᵏ⁾(a)/k! · (x − a)^k` for k = 0…order. Order 1 is the tangent line.
    ///
    ///     exp(x).taylor(in: "x", at: 0, order: 3)   // x³/6 + x²/2 + x + 1
    public func taylor(in variable: String, at point: Expr, order: Int) -> Expr {
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

extension Expr {
    /// Multiplies out products of sums and integer powers of sums.
    ///
    ///     (x + 1)^2          →  x² + 2x + 1
    ///     (x - y)*(x + y)    →  x² − y²
    ///
    /// A part whose expansion would pass ``maximumExpandedTerms`` terms is left as it is.
    public func expanded() -> Expr {
        rebuilt { expr, children in
            switch expr.node {
            case .product:
                return Expr.distribute(children, maximumTerms: Expr.maximumExpandedTerms)
            case .power:
                guard case .sum = children[0].node, let n = children[1].number?.integerValue, n > 1,
                      n <= Expr.maximumExpandedTerms else {
                    return nil
                }
                return Expr.distribute(Array(repeating: children[0], count: n), maximumTerms: Expr.maximumExpandedTerms)
            default:
                return nil
            }
        }
    }

    /// The sum of every product choosing one term from each factor, or nil as soon as
    /// it has more than `maximumTerms` terms or has multiplied more than 100 times that many pairs.
    static func distribute(_ factors: [Expr], maximumTerms: Int) -> Expr? {
        var terms: [Expr] = [.one]
        var work = 0
        for factor in factors {
            let choices: [Expr]
            if case .sum(let inner) = factor.node { choices = inner } else { choices = [factor] }
            work += terms.count * choices.count
            if work > maximumTerms * 100 { return nil }
            var next: [Expr] = []
            next.reserveCapacity(terms.count * choices.count)
            for term in terms {
                for choice in choices { next.append(term * choice) }
            }
            terms = [Expr.sum(next)]
            if case .sum(let collected) = terms[0].node { terms = collected }
            if terms.count > maximumTerms { return nil }
        }
        return .sum(terms)
    }
}

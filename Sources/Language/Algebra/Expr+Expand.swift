extension Expr {
    /// Multiplies out products of sums and integer powers of sums.
    ///
    ///     (x + 1)^2          →  x² + 2x + 1
    ///     (x - y)*(x + y)    →  x² − y²
    ///
    /// Powers above 64 are left as they are rather than producing thousands of terms.
    public func expanded() -> Expr {
        rebuilt { expr, children in
            switch expr.node {
            case .product:
                return Expr.distribute(children)
            case .power:
                guard case .sum = children[0].node, let n = children[1].number?.integerValue, n > 1, n <= 64 else {
                    return nil
                }
                return Expr.distribute(Array(repeating: children[0], count: n))
            default:
                return nil
            }
        }
    }

    /// The sum of every product choosing one term from each factor.
    static func distribute(_ factors: [Expr]) -> Expr {
        var terms: [Expr] = [.one]
        for factor in factors {
            let choices: [Expr]
            if case .sum(let inner) = factor.node { choices = inner } else { choices = [factor] }
            var next: [Expr] = []
            next.reserveCapacity(terms.count * choices.count)
            for term in terms {
                for choice in choices { next.append(term * choice) }
            }
            terms = [Expr.sum(next)]
            if case .sum(let collected) = terms[0].node { terms = collected }
        }
        return .sum(terms)
    }
}

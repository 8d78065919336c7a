extension Expr {
    /// The shortest equivalent form found, with identities a first course uses.
    ///
    /// Every expression is already canonical (like terms collected, equal factors
    /// merged), so this tries further rewrites and keeps the smallest result:
    /// - expanding products of sums when that cancels terms: `(x + 1)^2 - x^2` → `2x + 1`;
    /// - `sin(u)^2 + cos(u)^2` → `1`, `cosh(u)^2 - sinh(u)^2` → `1`;
    /// - `exp(a)·exp(b)` → `exp(a + b)`;
    /// - cancelling common factors of a quotient of polynomials: `(x^2 - 1)/(x - 1)` → `x + 1`.
    /// The value never changes wherever the original is defined.
    public func simplified() -> Expr {
        var candidates = [self, expanded(), pythagorean(), expanded().pythagorean(), mergedExponentials()]
        // Cancelling needs polynomial gcds, whose cost grows fast with size and variables:
        // simplify tries it on expressions of textbook size and leaves larger ones to `cancel`.
        if hasDenominator, nodeCount <= 80, freeSymbols.count <= 3 {
            candidates += [self, pythagorean()].compactMap { try? $0.cancelled() }
        }
        return candidates.min { $0.printedSize < $1.printedSize } ?? self
    }

    /// Whether some power has a negative exponent, so that cancelling could shorten it.
    private var hasDenominator: Bool {
        topologicalOrder.contains { expr in
            if case .power(_, let exponent) = expr.node, exponent.number?.isNegative == true { return true }
            return false
        }
    }

    private var printedSize: Int { Printer(style: .ascii).string(self).count }

    /// Replaces `c·sin(u)^2 + c·cos(u)^2` with `c` in every sum.
    func pythagorean() -> Expr {
        rebuilt { expr, children in
            guard case .sum = expr.node else { return nil }
            var terms = children
            var changed = false
            for (index, term) in terms.enumerated() {
                let (coefficient, rest) = term.splitCoefficient()
                guard case .power(let base, let exponent) = rest.node, exponent == .integer(2),
                      let (function, arguments) = base.call else { continue }
                let partner: (MathFunction, Number)
                switch function {
                case .sin: partner = (.cos, coefficient)
                case .cosh: partner = (.sinh, -coefficient)
                default: continue
                }
                let target = Expr.product([.number(partner.1), .power(.call(partner.0, arguments), .integer(2))])
                if let match = terms.firstIndex(of: target) {
                    terms[index] = .number(coefficient)
                    terms[match] = .zero
                    changed = true
                }
            }
            return changed ? Expr.sum(terms) : nil
        }
    }

    /// Combines `exp(a)·exp(b)` into `exp(a + b)` in every product.
    func mergedExponentials() -> Expr {
        rebuilt { expr, children in
            guard case .product = expr.node else { return nil }
            var exponents: [Expr] = []
            var others: [Expr] = []
            for child in children {
                if let (function, arguments) = child.call, function == .exp {
                    exponents.append(arguments[0])
                } else {
                    others.append(child)
                }
            }
            guard exponents.count > 1 else { return nil }
            return Expr.product(others + [.call(.exp, [Expr.sum(exponents)])])
        }
    }
}

/// The kinds of node an ``Expr`` can be, in canonical form.
///
/// Canonical form is what makes hash-consing useful: `x + y` and `y + x` are the
/// same node because a sum's terms are kept sorted and merged (see `Expr+Construction`).
/// - a `sum` has at least two terms, at most one number (which is never 0), no nested sums,
///   and no two terms that differ only by a numeric coefficient;
/// - a `product` has at least two factors, at most one number (never 0 or 1), no nested
///   products, and no two factors with the same base;
/// - a `power`'s exponent is never 0 or 1.
enum Node: Hashable, Sendable {
    case number(Number)
    case symbol(String)
    case constant(Constant)
    case sum([Expr])
    case product([Expr])
    case power(Expr, Expr)
    case call(MathFunction, [Expr])

    var children: [Expr] {
        switch self {
        case .number, .symbol, .constant: return []
        case .sum(let terms): return terms
        case .product(let factors): return factors
        case .power(let base, let exponent): return [base, exponent]
        case .call(_, let arguments): return arguments
        }
    }
}

extension Expr {
    /// The most terms an expansion may have: a power or product of sums that would give
    /// more is left as it is by ``expanded()`` and refused by ``expanded(maximumTerms:)``.
    public static let maximumExpandedTerms = 20_000

    /// A part of an expression whose expansion has more terms than allowed.
    public struct ExpansionTooLarge: Error, Sendable {
        /// The power or product of sums that was being multiplied out.
        public let part: Expr
        public let maximumTerms: Int
    }

    /// ``expanded()``, refusing with the first power or product whose expansion would pass
    /// `maximumTerms` terms (counted after like terms merge, checked factor by factor) or
    /// multiply more than 100 times that many pairs of terms.
    public func expanded(maximumTerms: Int) throws(ExpansionTooLarge) -> Expr {
        var tooLarge: Expr?
        let result = rebuilt { expr, children in
            guard tooLarge == nil else { return nil }
            let factors: [Expr]
            switch expr.node {
            case .product:
                factors = children
            case .power:
                guard case .sum = children[0].node, let n = children[1].number?.integerValue, n > 1 else { return nil }
                guard n <= maximumTerms else {
                    tooLarge = expr
                    return nil
                }
                factors = Array(repeating: children[0], count: n)
            default:
                return nil
            }
            guard let expansion = Expr.distribute(factors, maximumTerms: maximumTerms) else {
                tooLarge = expr
                return nil
            }
            return expansion
        }
        if let tooLarge { throw ExpansionTooLarge(part: tooLarge, maximumTerms: maximumTerms) }
        return result
    }
}

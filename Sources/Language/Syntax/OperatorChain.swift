/// A left-deep run of one precedence level, `a + b - c + …` or `a * b / c * …`, read as its
/// first operand and a list of links, so that it is built as one n-ary sum or product.
///
/// Folding `((a + b) - c) + …` pairwise re-flattens the growing sum at every link, which is
/// quadratic in the number of terms; collecting the terms first and calling `Expr.sum` once
/// gives the same canonical expression in time linear in them.
public struct OperatorChain: Sendable {
    /// One `op operand` step of the chain, with the range of the binary node it closes.
    public struct Link: Sendable {
        public var op: Syntax.BinaryOperator
        public var operand: Syntax
        public var range: SourceRange
    }

    public let first: Syntax
    /// The links in source order.
    public let links: [Link]
    /// Whether the chain is a sum (`+ -`), else a product (`* /`).
    public let isSum: Bool

    /// The chain rooted at `syntax`, or nil when it is not a `+ - * /` node.
    public init?(_ syntax: Syntax) {
        guard case .binary(let op, _, _, _) = syntax, op != .power else { return nil }
        let isSum = op == .add || op == .subtract
        var links: [Link] = []
        var node = syntax
        while case .binary(let op, let left, let right, let range) = node,
              op != .power, (op == .add || op == .subtract) == isSum {
            links.append(Link(op: op, operand: right, range: range))
            node = left
        }
        self.first = node
        self.links = links.reversed()
        self.isSum = isSum
    }

    /// `operand` as the chain collects it: negated after `-`, inverted after `/`.
    public static func term(_ op: Syntax.BinaryOperator, _ operand: Expr) -> Expr {
        switch op {
        case .subtract: return -operand
        case .divide: return .power(operand, .integer(-1))
        case .add, .multiply, .power: return operand
        }
    }

    /// The sum or product of the collected `terms` (the first operand's included).
    public func combined(_ terms: [Expr]) -> Expr {
        if terms.count == 1 { return terms[0] }
        return isSum ? .sum(terms) : .product(terms)
    }
}

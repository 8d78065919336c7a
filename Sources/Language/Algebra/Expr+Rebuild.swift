extension Expr {
    /// Rebuilds the expression bottom-up, giving `transform` each node with its children
    /// already rebuilt; a nil answer keeps the node as rebuilt from its new children.
    /// Visits every distinct subexpression once, without recursion.
    func rebuilt(_ transform: (Expr, [Expr]) -> Expr?) -> Expr {
        fold { expr, node, children in
            transform(expr, children) ?? (children == node.children ? expr : Expr.make(node, children: children))
        }
    }

    /// A node of the same kind as `node` over new children, in canonical form.
    static func make(_ node: Node, children: [Expr]) -> Expr {
        switch node {
        case .number, .symbol, .constant: return Expr(node)
        case .sum: return .sum(children)
        case .product: return .product(children)
        case .power: return .power(children[0], children[1])
        case .call(let function, _): return .call(function, children)
        }
    }

    /// The expression with variables replaced: `(x^2).substituting(["x": y + 1])` is `(y + 1)^2`.
    /// Replacements happen simultaneously, so `x` → `y`, `y` → `x` swaps them.
    public func substituting(_ replacements: [String: Expr]) -> Expr {
        rebuilt { expr, _ in
            if case .symbol(let name) = expr.node { return replacements[name] }
            return nil
        }
    }
}

import Foundation

/// Reverse-mode differentiation on an expression's graph, keeping every intermediate
/// number so a student can watch the chain rule work.
///
/// The forward pass computes each node's value, children first. The backward pass
/// starts with `∂out/∂out = 1` at the root and sends gradients down every edge:
/// ```
/// grad(child) += grad(node) · ∂node/∂child      (the local derivative)
/// ```
/// The gradient reaching a variable is the derivative of the whole expression.
public struct GradientTape: Sendable {
    /// One node of the graph with the numbers of both passes.
    public struct Node: Sendable {
        public var expr: Expr
        /// `+`, `*`, `^`, a function name, a variable's name, or a number.
        public var operation: String
        /// Indices of the children in ``nodes``.
        public var children: [Int]
        public var value: Double
        /// `∂node/∂child` for each child, in the order of ``children``.
        public var localDerivatives: [Double]
        /// `∂out/∂node`, accumulated over every path from the root.
        public var gradient: Double
    }

    /// Children before parents; the root is last.
    public private(set) var nodes: [Node]

    public init(_ root: Expr, at bindings: [String: Double]) throws(EvaluationError) {
        let graph = ExprGraph(roots: [root])
        var nodes: [Node] = []
        nodes.reserveCapacity(graph.count)
        _ = try graph.fold { (expr, node, childValues: [Double]) throws(EvaluationError) -> Double in
            let value = try Expr.localValue(node, bindings, childValues)
            nodes.append(Node(expr: expr, operation: GradientTape.operation(node),
                              children: Array(graph.children(of: nodes.count)), value: value,
                              localDerivatives: GradientTape.partials(node, value, childValues), gradient: 0))
            return value
        }
        nodes[nodes.count - 1].gradient = 1
        for position in nodes.indices.reversed() {
            let node = nodes[position]
            for (child, local) in zip(node.children, node.localDerivatives) {
                nodes[child].gradient += node.gradient * local
            }
        }
        self.nodes = nodes
    }

    /// The accumulated gradient of the variable `name` (0 when it does not appear).
    public func gradient(of name: String) -> Double {
        nodes.first { $0.expr.symbolName == name }?.gradient ?? 0
    }

    private static func operation(_ node: ExprNode) -> String {
        switch node {
        case .number: return "number"
        case .symbol(let name): return name
        case .constant(let constant): return constant.rawValue
        case .sum: return "+"
        case .product: return "*"
        case .power: return "^"
        case .call(let function, _): return function.rawValue
        }
    }

    private static func partials(_ node: ExprNode, _ value: Double, _ children: [Double]) -> [Double] {
        switch node {
        case .number, .symbol, .constant:
            return []
        case .sum:
            return children.map { _ in 1 }
        case .product:
            return children.indices.map { i in
                children.indices.reduce(1.0) { $1 == i ? $0 : $0 * children[$1] }
            }
        case .power(_, let exponent):
            let (b, e) = (children[0], children[1])
            // A numeric exponent is not a variable: its partial (which needs b > 0) is not shown.
            return [e * Expr.power(b, e - 1), exponent.number != nil ? 0 : value * Foundation.log(b)]
        case .call(let function, _):
            let (dx, dy) = function.partials(children[0], children.count > 1 ? children[1] : 0)
            return children.count > 1 ? [dx, dy] : [dx]
        }
    }
}

typealias ExprNode = Node

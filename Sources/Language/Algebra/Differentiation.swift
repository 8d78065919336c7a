/// Forward-mode symbolic differentiation of one expression with respect to any of its
/// variables, restricted to the subexpressions that depend on the variable.
///
/// The graph and its parent edges are built once; each variable then walks upward from its
/// symbol to find what depends on it, and differentiates those nodes in order, children first.
struct Differentiation {
    private let graph: ExprGraph
    private let parents: [[ExprGraph.ParentEdge]]
    private let root: Int
    private let symbols: [String: Int]

    init(_ expr: Expr) {
        graph = ExprGraph(roots: [expr])
        parents = graph.parentEdges()
        root = graph.rootPositions[0]
        var symbols: [String: Int] = [:]
        for (position, node) in graph.nodes.enumerated() {
            if case .symbol(let name) = node { symbols[name] = position }
        }
        self.symbols = symbols
    }

    /// Nodes differentiated between two calls of the `poll` hook.
    static let pollInterval = 1024

    /// `d(root)/d(name)`.
    func derivative(withRespectTo name: String) -> Expr {
        derivative(withRespectTo: name, poll: {})
    }

    /// `d(root)/d(name)`, calling `poll` before the first node and every ``pollInterval``
    /// nodes after it, so that a caller can stop a long derivative (Ctrl-C) by throwing from it.
    func derivative<Failure: Error>(withRespectTo name: String,
                                    poll: () throws(Failure) -> Void) throws(Failure) -> Expr {
        guard let symbol = symbols[name] else { return .zero }
        let dependents = dependents(of: symbol)
        guard dependents.contains(root) else { return .zero }
        let dependentChildren = dependentChildren(dependents)
        var derivatives: [Int: PartialDerivative] = [symbol: PartialDerivative(.one)]
        var differentiated = 0
        for position in dependents.sorted() where position != symbol {
            if differentiated % Differentiation.pollInterval == 0 { try poll() }
            differentiated += 1
            let inputs = dependentChildren[position, default: []].map { slot, child in
                (slot, derivatives[child, default: .zero])
            }
            derivatives[position] = local(position, inputs)
        }
        return derivatives[root, default: .zero].expr
    }

    /// Every node that depends on `symbol`: the symbol and everything above it.
    private func dependents(of symbol: Int) -> Set<Int> {
        var found: Set<Int> = [symbol]
        var queue = [symbol]
        while let position = queue.popLast() {
            for edge in parents[position] where found.insert(edge.parent).inserted {
                queue.append(edge.parent)
            }
        }
        return found
    }

    /// For each dependent node, its children that depend on the variable as (slot, child
    /// position) in slot order, found from the children's parent edges so that a sum of
    /// many variables costs each variable only its own term.
    private func dependentChildren(_ dependents: Set<Int>) -> [Int: [(Int, Int)]] {
        var children: [Int: [(Int, Int)]] = [:]
        for child in dependents {
            for edge in parents[child] { children[edge.parent, default: []].append((edge.slot, child)) }
        }
        for parent in children.keys { children[parent]?.sort { $0.0 < $1.0 } }
        return children
    }

    /// The derivative of node `position` given the derivatives of its dependent children.
    private func local(_ position: Int, _ inputs: [(slot: Int, derivative: PartialDerivative)]) -> PartialDerivative {
        let expr = graph.exprs[position]
        let nonzero = inputs.filter { !$0.derivative.isZero }
        func input(_ slot: Int) -> PartialDerivative {
            nonzero.first { $0.slot == slot }?.derivative ?? .zero
        }
        switch graph.nodes[position] {
        case .number, .constant, .symbol:
            return .zero
        case .sum:
            if nonzero.count == 1 { return nonzero[0].derivative }
            return PartialDerivative(.sum(nonzero.map(\.derivative.expr)))
        case .product(let factors):
            if nonzero.count == 1 {
                let (slot, d) = nonzero[0]
                var others = factors
                others.remove(at: slot)
                return d.times(others) { derivative in
                    var replaced = factors
                    replaced[slot] = derivative
                    return replaced
                }
            }
            return PartialDerivative(.sum(nonzero.map { slot, d in
                var others = factors
                others[slot] = d.expr
                return .product(others)
            }))
        case .power(let base, let exponent):
            let db = input(0), de = input(1)
            if de.isZero {
                return db.times([exponent, .power(base, exponent - .one)]) { [exponent, .power(base, exponent - .one), $0] }
            }
            if db.isZero {
                return de.times([expr, .call(.log, [base])]) { [expr, .call(.log, [base]), $0] }
            }
            return PartialDerivative(expr * (de.expr * .call(.log, [base]) + exponent * db.expr / base))
        case .call(let function, let arguments):
            if function.arity == 2 {
                let (a, b) = (arguments[0], arguments[1])
                let chooseFirst = function == .min ? Expr.call(.step, [b - a]) : .call(.step, [a - b])
                let chooseSecond = function == .min ? Expr.call(.step, [a - b]) : .call(.step, [b - a])
                return PartialDerivative(chooseFirst * input(0).expr + chooseSecond * input(1).expr)
            }
            let inner = input(0)
            if inner.isZero { return .zero }
            let outer = expr.outerDerivative(function, arguments[0])
            return inner.times([outer]) { [outer, $0] }
        }
    }
}

/// A derivative under construction: `core` times the pending factors.
///
/// The chain rule multiplies a derivative by one more factor at every level of a composition.
/// Building each of those products would flatten and rehash the growing product again and
/// again (quadratic in the depth); instead the factors wait in a shared list and are
/// multiplied out once, by ``expr``.
struct PartialDerivative {
    /// A persistent list of factors, most recent first, shared between derivatives.
    final class Factors {
        let factor: Expr
        let next: Factors?

        init(_ factor: Expr, _ next: Factors?) {
            self.factor = factor
            self.next = next
        }
    }

    private var core: Expr
    private var pending: Factors?

    init(_ expr: Expr) {
        core = expr
        pending = nil
    }

    static var zero: PartialDerivative { PartialDerivative(.zero) }

    var isZero: Bool { pending == nil && core == .zero }

    /// The derivative as an expression, in canonical form.
    var expr: Expr {
        guard pending != nil else { return core }
        var factors: [Expr] = []
        var link = pending
        while let current = link {
            factors.append(current.factor)
            link = current.next
        }
        factors.append(core)
        return .product(factors)
    }

    /// This derivative times `factors`. While it is small the product is built at once, as
    /// `eager(self)` (the canonical product written in its textbook order); once it is a
    /// product the factors are only listed, to be multiplied out by ``expr``.
    func times(_ factors: [Expr], eager: (Expr) -> [Expr]) -> PartialDerivative {
        if isZero || factors.contains(.zero) { return .zero }
        guard pending != nil || isProduct(core) else { return PartialDerivative(.product(eager(core))) }
        var result = self
        for factor in factors { result.pending = Factors(factor, result.pending) }
        return result
    }

    private func isProduct(_ expr: Expr) -> Bool {
        if case .product = expr.node { return true }
        return false
    }
}

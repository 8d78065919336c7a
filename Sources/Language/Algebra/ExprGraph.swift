/// The distinct subexpressions under some roots, children before parents, with each node's
/// children given as positions in that order: the one memoised walk over the shared graph.
///
/// Building it visits every distinct node once, without recursion; ``fold(_:)`` then hands
/// each node the results already computed for its children. So a deep or heavily shared
/// expression costs time proportional to its nodes plus edges, however it is traversed
/// (derivatives, rebuilding, evaluation, printing, the gradient tape, compilation).
struct ExprGraph {
    /// Every distinct subexpression, children before parents, in the structural order of
    /// `Expr.topologicalOrder(of:)` (the same in every process).
    let exprs: [Expr]
    /// The node of each expression in ``exprs``.
    let nodes: [Node]
    /// Positions of the roots in ``exprs``, in the order they were given.
    let rootPositions: [Int]
    /// Node `i`'s children are `childPositions[childStart[i] ..< childStart[i + 1]]`, in child order.
    private let childStart: [Int]
    private let childPositions: [Int]

    init(roots: [Expr]) {
        let found = Expr.topologicalOrder(of: roots).map { (id: $0.id, node: $0.node) }
        var position: [Int32: Int] = [:]
        position.reserveCapacity(found.count)
        for (index, entry) in found.enumerated() { position[entry.id] = index }
        func located(_ expr: Expr) -> Int {
            guard let index = position[expr.id] else {
                preconditionFailure("every child of a node under the roots is under the roots")
            }
            return index
        }
        var starts = [0]
        var children: [Int] = []
        starts.reserveCapacity(found.count + 1)
        for entry in found {
            children.append(contentsOf: entry.node.children.map(located))
            starts.append(children.count)
        }
        exprs = found.map { Expr(id: $0.id) }
        nodes = found.map(\.node)
        rootPositions = roots.map(located)
        childStart = starts
        childPositions = children
    }

    var count: Int { exprs.count }

    /// The positions of node `position`'s children, in child order.
    func children(of position: Int) -> ArraySlice<Int> {
        childPositions[childStart[position] ..< childStart[position + 1]]
    }

    /// The roots' values, computed node by node, children first: `combine` gets the expression,
    /// its node and the values of its children in child order. A value is released as soon as
    /// its last parent has been computed, so a deep chain holds only a few at a time.
    func fold<Value, Failure: Error>(
        _ combine: (Expr, Node, [Value]) throws(Failure) -> Value
    ) throws(Failure) -> [Value] {
        var waitingParents = [Int](repeating: 0, count: exprs.count)
        for child in childPositions { waitingParents[child] += 1 }
        for root in rootPositions { waitingParents[root] += 1 }
        var values = [Value?](repeating: nil, count: exprs.count)
        func value(_ position: Int) -> Value {
            guard let value = values[position] else {
                preconditionFailure("a node's value is kept until its last parent is computed")
            }
            return value
        }
        for index in exprs.indices {
            let childValues = children(of: index).map(value)
            values[index] = try combine(exprs[index], nodes[index], childValues)
            for child in children(of: index) {
                waitingParents[child] -= 1
                if waitingParents[child] == 0 { values[child] = nil }
            }
        }
        return rootPositions.map(value)
    }

    /// One edge into a node: the parent's position and which of its children the node is.
    struct ParentEdge {
        var parent: Int
        var slot: Int
    }

    /// For each node, the edges from its parents, parents in increasing position.
    func parentEdges() -> [[ParentEdge]] {
        var edges = [[ParentEdge]](repeating: [], count: exprs.count)
        for parent in exprs.indices {
            for (slot, child) in children(of: parent).enumerated() {
                edges[child].append(ParentEdge(parent: parent, slot: slot))
            }
        }
        return edges
    }
}

extension Expr {
    /// Folds the expression's graph bottom-up: `combine` gets each distinct subexpression once,
    /// with the values already computed for its children, and the root's value is returned.
    func fold<Value, Failure: Error>(
        _ combine: (Expr, Node, [Value]) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        try ExprGraph(roots: [self]).fold(combine)[0]
    }
}

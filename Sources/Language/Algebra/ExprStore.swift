import Synchronization

/// The process-wide table of expression nodes, hash-consed.
///
/// Each distinct node is stored once and named by its index, so equal
/// subexpressions are shared: a derivative that mentions `sigmoid(x)` a hundred
/// times holds it once, and memoised algorithms visit it once. Children are always
/// stored before their parents, so increasing ids are a topological order.
final class ExprStore: Sendable {
    static let shared = ExprStore()

    private struct Table {
        var nodes: [Node] = []
        var ids: [Node: Int32] = [:]
        var depths: [Int32] = []
        var fingerprints: [UInt64] = []
    }

    private let table = Mutex(Table())

    /// The id of `node`, adding it when it is new.
    func intern(_ node: Node) -> Int32 {
        if let counter = ConstructionStatistics.counter {
            counter.count(edges: node.children.count)
        }
        return table.withLock { table in
            if let id = table.ids[node] { return id }
            let id = Int32(table.nodes.count)
            let depth = node.children.map { table.depths[Int($0.id)] }.max().map { $0 + 1 } ?? 0
            table.nodes.append(node)
            table.depths.append(depth)
            table.fingerprints.append(ExprStore.fingerprint(node) { table.fingerprints[Int($0.id)] })
            table.ids[node] = id
            return id
        }
    }

    /// A hash of the node's structure that does not depend on when it was created, so
    /// canonical orders (and with them the order of floating-point sums) are the same in
    /// every process and session.
    func fingerprint(_ id: Int32) -> UInt64 {
        table.withLock { $0.fingerprints[Int(id)] }
    }

    private static func fingerprint(_ node: Node, of child: (Expr) -> UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt64) {
            hash = (hash ^ value) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 29
        }
        func mix(_ text: String) { for byte in text.utf8 { mix(UInt64(byte)) } }
        switch node {
        case .number(let value): value.mixStructure(mix)
        case .symbol(let name): mix(3); mix(name)
        case .constant(let constant): mix(4); mix(constant.rawValue)
        case .sum(let terms): mix(5); terms.forEach { mix(child($0)) }
        case .product(let factors): mix(6); factors.forEach { mix(child($0)) }
        case .power(let base, let exponent): mix(7); mix(child(base)); mix(child(exponent))
        case .call(let function, let arguments): mix(8); mix(function.rawValue); arguments.forEach { mix(child($0)) }
        }
        return hash
    }

    func node(_ id: Int32) -> Node {
        table.withLock { $0.nodes[Int(id)] }
    }

    var count: Int {
        table.withLock { $0.nodes.count }
    }

    func depth(_ id: Int32) -> Int {
        table.withLock { Int($0.depths[Int(id)]) }
    }
}

extension Expr {
    /// How many distinct nodes the process holds. Nodes are never removed, so the growth
    /// across a computation is what it built: the measure of a cell's symbolic work budget.
    public static var storedNodeCount: Int {
        ExprStore.shared.count
    }
}

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
    }

    private let table = Mutex(Table())

    /// The id of `node`, adding it when it is new.
    func intern(_ node: Node) -> Int32 {
        table.withLock { table in
            if let id = table.ids[node] { return id }
            let id = Int32(table.nodes.count)
            let depth = node.children.map { table.depths[Int($0.id)] }.max().map { $0 + 1 } ?? 0
            table.nodes.append(node)
            table.depths.append(depth)
            table.ids[node] = id
            return id
        }
    }

    func node(_ id: Int32) -> Node {
        table.withLock { $0.nodes[Int(id)] }
    }

    func depth(_ id: Int32) -> Int {
        table.withLock { Int($0.depths[Int(id)]) }
    }
}

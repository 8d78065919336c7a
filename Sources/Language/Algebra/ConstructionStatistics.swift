import Synchronization

/// How much work building expressions took: every node constructed (new or found already
/// stored) and the edges to its children. Scaling tests compare these counts, not seconds.
public struct ConstructionStatistics: Sendable, Equatable {
    public var nodes = 0
    public var edges = 0

    /// Nodes plus edges: the work of hashing and storing them.
    public var work: Int { nodes + edges }

    /// Runs `body` and counts the nodes and edges it constructs on this task (other tasks'
    /// construction at the same time is not counted).
    public static func measuring<Result>(_ body: () throws -> Result) rethrows -> (Result, ConstructionStatistics) {
        let counter = Counter()
        let result = try $counter.withValue(counter) { try body() }
        return (result, counter.statistics.withLock { $0 })
    }

    @TaskLocal static var counter: Counter?

    final class Counter: Sendable {
        let statistics = Mutex(ConstructionStatistics())

        func count(edges: Int) {
            statistics.withLock {
                $0.nodes += 1
                $0.edges += edges
            }
        }
    }
}

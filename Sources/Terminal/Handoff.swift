import Synchronization

/// A value one thread leaves for another: the worker's cell result, the kernel's
/// latest progress report.
final class Handoff<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)

    init() {}

    func put(_ value: Value?) {
        slot.withLock { $0 = value }
    }

    var value: Value? {
        slot.withLock { $0 }
    }
}

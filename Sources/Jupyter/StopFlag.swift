import Synchronization

/// Raised once when the kernel shuts down; every socket loop polls it and ends.
final class StopFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    private let restart = Atomic<Bool>(false)

    func raise(restart: Bool) {
        self.restart.store(restart, ordering: .relaxed)
        raised.store(true, ordering: .relaxed)
    }

    var isRaised: Bool { raised.load(ordering: .relaxed) }
    var isRestart: Bool { restart.load(ordering: .relaxed) }
}

import Foundation
import Synchronization

/// The one long-lived thread, with a ``LargeStack`` sized stack, on which a session runs
/// its cells: front ends (the REPL, batch runs, lessons, the Jupyter kernel) hand it work
/// and wait for the result, so deep nesting never depends on the stack of the thread that
/// asked, and no thread is started per cell. The thread starts with the first job and ends
/// when its owner is released.
public final class KernelThread: Sendable {
    private let mailbox = Mailbox()

    public init() {}

    deinit {
        mailbox.stop()
    }

    /// Whether the caller is already on this kernel thread (work handed to it from there runs at once).
    public var isCurrent: Bool { mailbox.isOwnThread }

    /// Runs `work` on the kernel thread and returns its result; runs it in place when called
    /// from the kernel thread itself.
    public func perform<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        if isCurrent { return work() }
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<T?>(nil)
        submit {
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return result.withLock { $0! }
    }

    /// Queues `work` for the kernel thread and returns at once.
    public func submit(_ work: @escaping @Sendable () -> Void) {
        mailbox.post(work)
    }
}

/// The kernel thread's queue of jobs; shared by the thread and its owner, so the thread
/// never keeps its owner alive.
private final class Mailbox: Sendable {
    private struct State {
        var jobs: [@Sendable () -> Void] = []
        var started = false
        var stopping = false
        var thread: pthread_t?
    }

    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)

    var isOwnThread: Bool {
        guard let thread = state.withLock({ $0.thread }) else { return false }
        return pthread_equal(thread, pthread_self()) != 0
    }

    func post(_ job: @escaping @Sendable () -> Void) {
        let start = state.withLock { state -> Bool in
            state.jobs.append(job)
            defer { state.started = true }
            return !state.started
        }
        if start { LargeStack.start { [self] in serve() } }
        wakeUp.signal()
    }

    func stop() {
        state.withLock { $0.stopping = true }
        wakeUp.signal()
    }

    private func serve() {
        state.withLock { $0.thread = pthread_self() }
        while true {
            wakeUp.wait()
            let (job, stopping) = state.withLock { state in
                (state.jobs.isEmpty ? nil : state.jobs.removeFirst(), state.stopping)
            }
            if let job {
                job()
            } else if stopping {
                return
            }
        }
    }
}

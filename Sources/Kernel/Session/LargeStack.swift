import Foundation

/// Runs work on a thread with a large stack, so that parsing and interpreting
/// deeply nested cells (thousands of levels, see `Parser.maximumDepth`) cannot
/// overflow the stack of the thread that asked.
public enum LargeStack {
    /// 512 MiB: reserved address space, touched only as deep as the work goes.
    public static let size = 512 << 20

    private final class Work: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` to completion on a fresh large-stack thread and returns its result.
    public static func run<T>(_ body: () -> T) -> T {
        withoutActuallyEscaping(body) { body in
            var result: T?
            withoutActuallyEscaping({ result = body() }) { work in
                let box = Unmanaged.passRetained(Work(work))
                if let thread = spawn(box, detached: false) {
                    pthread_join(thread, nil)
                } else {
                    box.takeRetainedValue().body()
                }
            }
            return result!
        }
    }

    /// Starts `body` on a new detached large-stack thread and returns at once; the thread
    /// ends when `body` returns.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Work(body))
        if spawn(box, detached: true) == nil {
            box.release()
            Thread(block: body).start()
        }
    }

    /// A new large-stack thread running `box`'s work, or nil when the system refused one.
    private static func spawn(_ box: Unmanaged<Work>, detached: Bool) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, size)
        if detached { pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) }
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let created = pthread_create(&thread, &attributes, { raw in
            LargeStack.perform(raw)
            return nil
        }, box.toOpaque())
        return created == 0 ? thread : nil
    }

    /// The thread's entry: Darwin passes the argument as non-optional, glibc as optional.
    private static func perform(_ raw: UnsafeMutableRawPointer?) {
        guard let raw else { return }
        Unmanaged<Work>.fromOpaque(raw).takeRetainedValue().body()
    }
}

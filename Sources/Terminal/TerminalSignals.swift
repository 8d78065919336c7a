import Foundation

/// Ctrl-C (`SIGINT`), window resizes (`SIGWINCH`), `fg` after Ctrl-Z (`SIGCONT`) and the end of a computation as
/// events on one pipe, so the REPL can wait for a key, a signal or a result at once.
///
/// The signal handler only writes the signal's number to the pipe, which is
/// async-signal-safe; everything else happens when the REPL reads the event.
final class TerminalSignals: @unchecked Sendable {
    enum Event: Equatable {
        case interrupt, resize, resume, finished
    }

    /// Readable when an event is waiting.
    let descriptor: Int32
    private let writeEnd: Int32
    private var previous: [Int32: sigaction] = [:]

    init() {
        var ends: [Int32] = [0, 0]
        precondition(pipe(&ends) == 0, "cannot create a pipe for signals")
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        restore()
        close(descriptor)
        close(writeEnd)
    }

    /// Routes `SIGINT`, `SIGWINCH` and `SIGCONT` to the pipe until ``restore()``.
    func install() {
        signalPipeWriteEnd = writeEnd
        for signal in [SIGINT, SIGWINCH, SIGCONT] {
            var action = sigaction()
            #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = forwardSignal
            #else
            action.__sigaction_handler.sa_handler = forwardSignal
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(signal, &action, &old)
            if previous[signal] == nil { previous[signal] = old }
        }
        var routed = sigset_t()
        sigemptyset(&routed)
        sigaddset(&routed, SIGINT)
        sigaddset(&routed, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &routed, nil)
    }

    /// Gives the signals back to the handlers they had before ``install()``.
    func restore() {
        for (signal, var action) in previous {
            sigaction(signal, &action, nil)
        }
        previous = [:]
    }

    /// Posts ``Event/finished`` from a worker thread.
    func postFinished() {
        var byte: UInt8 = 0
        _ = write(writeEnd, &byte, 1)
    }

    /// Waits up to `timeout` seconds (forever when nil) for `descriptor` or an event.
    /// Returns whether `other` is readable, and the events that arrived.
    func wait(for other: Int32?, timeout: Double?) -> (readable: Bool, events: [Event]) {
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        if let other { descriptors.append(pollfd(fd: other, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = timeout.map { Int32(($0 * 1000).rounded(.up)) } ?? -1
        let count = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        guard count > 0 else { return (false, []) }
        let readable = descriptors.count > 1 && descriptors[1].revents != 0
        return (readable, descriptors[0].revents != 0 ? drain() : [])
    }

    private func drain() -> [Event] {
        var events: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            for byte in buffer[..<count] {
                switch Int32(byte) {
                case SIGINT: events.append(.interrupt)
                case SIGWINCH: events.append(.resize)
                case SIGCONT: events.append(.resume)
                default: events.append(.finished)
                }
            }
        }
        return events
    }
}

/// The pipe the signal handler writes to; set before the handler is installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// The signal handler: writes the signal's number to the pipe, keeping `errno`.
private func forwardSignal(_ signal: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = saved
}

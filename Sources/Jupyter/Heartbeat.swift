import Foundation

/// The heartbeat socket: echoes every message back at once, on its own thread, so the
/// front end knows the kernel process is alive even while a cell computes.
final class Heartbeat: @unchecked Sendable {
    private let socket: ZMQSocket
    private let stopping: StopFlag
    private let finished = DispatchSemaphore(value: 0)

    init(socket: ZMQSocket, stopping: StopFlag) {
        self.socket = socket
        self.stopping = stopping
    }

    func start() {
        let thread = Thread { [self] in
            while !stopping.isRaised {
                if let frames = socket.receive(timeout: 100) { socket.send(frames) }
            }
            finished.signal()
        }
        thread.name = "descent heartbeat"
        thread.start()
    }

    func waitUntilFinished() { finished.wait() }
}

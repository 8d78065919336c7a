import Foundation
import Kernel
import Lessons

/// A running Jupyter kernel: binds the five sockets of a connection file, answers
/// shell requests on one thread and control requests on another, echoes heartbeats,
/// and turns SIGINT into the session's interrupt.
public final class KernelServer: @unchecked Sendable {
    private let connection: ConnectionFile
    private let context = ZMQContext()
    private let shell: ZMQSocket
    private let control: ZMQSocket
    private let stdin: ZMQSocket
    private let iopub: ZMQSocket
    private let heartbeatSocket: ZMQSocket
    private let codec: WireCodec
    private let stopping = StopFlag()
    private let handler: RequestHandler
    private let shellFinished = DispatchSemaphore(value: 0)

    /// Serves `connection` with `session`; `lessons`, when given, lets notebooks open chapters
    /// and answer their exercises into the student's attempt log.
    public init(connection: ConnectionFile, session: Session, lessons: LessonSetup? = nil) throws(ZMQError) {
        self.connection = connection
        shell = try ZMQSocket(context, kind: .router)
        control = try ZMQSocket(context, kind: .router)
        stdin = try ZMQSocket(context, kind: .router)
        iopub = try ZMQSocket(context, kind: .publisher)
        heartbeatSocket = try ZMQSocket(context, kind: .reply)
        try shell.bind(connection.endpoint(connection.shellPort))
        try control.bind(connection.endpoint(connection.controlPort))
        try stdin.bind(connection.endpoint(connection.stdinPort))
        try iopub.bind(connection.endpoint(connection.iopubPort))
        try heartbeatSocket.bind(connection.endpoint(connection.heartbeatPort))
        codec = WireCodec(signer: MessageSigner(key: connection.key))
        handler = RequestHandler(session: session, publisher: Publisher(socket: iopub, codec: codec), stopping: stopping, lessons: lessons)
    }

    /// Serves until a shutdown request; returns whether the front end asked for a restart.
    public func run() -> Bool {
        let heartbeat = Heartbeat(socket: heartbeatSocket, stopping: stopping)
        heartbeat.start()
        InterruptSignal.install(handler.session.interrupt)
        let shellThread = Thread { [self] in
            serve(shell, channel: "shell")
            shellFinished.signal()
        }
        shellThread.name = "descent shell"
        shellThread.start()
        KernelLog.write("listening on \(connection.endpoint(connection.shellPort)) (shell)")
        serve(control, channel: "control")
        handler.session.interrupt.raise()
        shellFinished.wait()
        heartbeat.waitUntilFinished()
        for socket in [shell, control, stdin, iopub, heartbeatSocket] { socket.close() }
        context.terminate()
        KernelLog.write(stopping.isRestart ? "shut down for a restart" : "shut down")
        return stopping.isRestart
    }

    private func serve(_ socket: ZMQSocket, channel: String) {
        while !stopping.isRaised {
            guard let frames = socket.receive(timeout: 100) else { continue }
            let request: Message
            do throws(WireError) {
                request = try codec.decode(frames)
            } catch {
                KernelLog.write("dropped a message on \(channel): \(error.description)")
                continue
            }
            for reply in handler.handle(request, channel: channel) {
                socket.send(codec.encode(reply))
            }
        }
    }
}

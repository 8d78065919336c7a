import CZeroMQ
import Foundation
@testable import Jupyter

/// A `descent kernel -f` process on loopback ports, and a client that talks to it
/// with libzmq as Jupyter does: a DEALER on shell and control, a SUB on iopub.
final class KernelProcess {
    let connection: ConnectionFile
    let codec: WireCodec
    private let process = Process()
    /// The kernel's log, in a file rather than a pipe: a pipe's end inherited by another
    /// test's kernel would hold back its end of file.
    private let logURL = FileManager.default.temporaryDirectory.appendingPathComponent("descent-kernel-\(UUID().uuidString).log")
    private let context = ZMQContext()
    let shell: ZMQSocket
    let control: ZMQSocket
    let iopub: ZMQSocket
    private let connectionURL: URL
    /// Generous: the machine may be busy; a healthy kernel answers in milliseconds.
    static let patience = 60_000

    init(key: String = "test-key") throws {
        let ports = (0..<5).map { _ in KernelProcess.freePort() }
        connection = ConnectionFile(shellPort: ports[0], iopubPort: ports[1], stdinPort: ports[2], controlPort: ports[3],
                                    heartbeatPort: ports[4], key: key)
        codec = WireCodec(signer: MessageSigner(key: key))
        connectionURL = FileManager.default.temporaryDirectory.appendingPathComponent("descent-kernel-\(UUID().uuidString).json")
        let encoder = JSONEncoder()
        try encoder.encode(connection).write(to: connectionURL)
        process.executableURL = KernelProcess.binary
        process.arguments = ["kernel", "-f", connectionURL.path]
        FileManager.default.createFile(atPath: logURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: logURL)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        shell = try ZMQSocket(context, kind: .dealer)
        control = try ZMQSocket(context, kind: .dealer)
        iopub = try ZMQSocket(context, kind: .subscriber)
        try shell.connect(connection.endpoint(connection.shellPort))
        try control.connect(connection.endpoint(connection.controlPort))
        try iopub.connect(connection.endpoint(connection.iopubPort))
    }

    func request(_ type: String, _ content: JSONValue) -> Message {
        Message(header: MessageHeader(type: type, session: "test-session"), content: content)
    }

    /// Sends `message` on `socket` and waits for the reply to it.
    func ask(_ message: Message, on socket: ZMQSocket? = nil) -> Message? {
        let socket = socket ?? shell
        socket.send(codec.encode(message))
        return awaitReply(to: message, on: socket)
    }

    func awaitReply(to message: Message, on socket: ZMQSocket) -> Message? {
        while let frames = socket.receive(timeout: KernelProcess.patience) {
            if let reply = try? codec.decode(frames), reply.parentHeader["msg_id"]?.string == message.header.id { return reply }
        }
        return nil
    }

    /// Waits until iopub delivers: asks for kernel_info until a status message arrives.
    func waitForIOPub() -> Bool {
        for _ in 0..<100 {
            _ = ask(request("kernel_info_request", [:]))
            if iopub.receive(timeout: 200) != nil { return true }
        }
        return false
    }

    /// The iopub messages caused by `request`, up to its `idle` status.
    func published(after request: Message) -> [Message] {
        var messages: [Message] = []
        while let frames = iopub.receive(timeout: KernelProcess.patience) {
            guard let message = try? codec.decode(frames), message.parentHeader["msg_id"]?.string == request.header.id else { continue }
            messages.append(message)
            if message.header.type == "status", message.content["execution_state"]?.string == "idle" { break }
        }
        return messages
    }

    /// Asks the kernel to shut down, waits for it to exit, and returns what it logged.
    func shutDown() -> (status: Int32, log: String) {
        if ask(request("shutdown_request", ["restart": false]), on: control) == nil { process.terminate() }
        for socket in [shell, control, iopub] { socket.close() }
        context.terminate()
        process.waitUntilExit()
        let log = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: connectionURL)
        try? FileManager.default.removeItem(at: logURL)
        return (process.terminationStatus, log)
    }

    var isRunning: Bool { process.isRunning }

    static var binary: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for directory in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("descent")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/descent")
    }

    /// A loopback TCP port the system says is free now.
    static func freePort() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

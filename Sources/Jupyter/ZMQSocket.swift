import CZeroMQ
import Foundation

/// A thin wrapper over a libzmq socket that sends and receives whole multipart messages.
/// One thread uses a socket at a time; ``lock`` serialises a socket shared by threads.
public final class ZMQSocket: @unchecked Sendable {
    public enum Kind: Sendable {
        case router, publisher, reply, dealer, request, subscriber

        var code: Int32 {
            switch self {
            case .router: ZMQ_ROUTER
            case .publisher: ZMQ_PUB
            case .reply: ZMQ_REP
            case .dealer: ZMQ_DEALER
            case .request: ZMQ_REQ
            case .subscriber: ZMQ_SUB
            }
        }
    }

    private var handle: UnsafeMutableRawPointer?
    private let lock = NSLock()

    public init(_ context: ZMQContext, kind: Kind) throws(ZMQError) {
        guard let socket = zmq_socket(context.handle, kind.code) else { throw ZMQError("zmq_socket") }
        handle = socket
        var linger: Int32 = 1000
        zmq_setsockopt(socket, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
        if kind == .subscriber { zmq_setsockopt(socket, ZMQ_SUBSCRIBE, "", 0) }
    }

    deinit { close() }

    public func bind(_ endpoint: String) throws(ZMQError) {
        guard zmq_bind(handle, endpoint) == 0 else { throw ZMQError("bind \(endpoint)") }
    }

    public func connect(_ endpoint: String) throws(ZMQError) {
        guard zmq_connect(handle, endpoint) == 0 else { throw ZMQError("connect \(endpoint)") }
    }

    public func setIdentity(_ identity: Data) {
        identity.withUnsafeBytes { _ = zmq_setsockopt(handle, ZMQ_ROUTING_ID, $0.baseAddress, identity.count) }
    }

    /// Sends the frames as one multipart message.
    @discardableResult
    public func send(_ frames: [Data]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let handle else { return false }
        for (index, frame) in frames.enumerated() {
            let flags = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            let sent = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, frame.count, flags) }
            if sent < 0 { return false }
        }
        return true
    }

    /// Waits up to `milliseconds` (forever when negative) for a multipart message; nil when none came.
    public func receive(timeout milliseconds: Int = -1) -> [Data]? {
        guard let handle else { return nil }
        var item = zmq_pollitem_t(socket: handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        guard zmq_poll(&item, 1, milliseconds) > 0 else { return nil }
        var frames: [Data] = []
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            guard zmq_msg_recv(&message, handle, 0) >= 0 else { return frames.isEmpty ? nil : frames }
            let size = zmq_msg_size(&message)
            frames.append(size == 0 ? Data() : Data(bytes: zmq_msg_data(&message), count: size))
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }

    public func close() {
        lock.lock()
        defer { lock.unlock() }
        if let handle { zmq_close(handle) }
        handle = nil
    }
}

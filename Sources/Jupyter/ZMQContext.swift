import CZeroMQ

/// A libzmq context: owns the I/O threads every socket of the kernel shares.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    public init() {
        handle = zmq_ctx_new()
    }

    /// Waits for sockets' pending messages (within their linger time) and frees the context.
    public func terminate() {
        zmq_ctx_term(handle)
    }
}

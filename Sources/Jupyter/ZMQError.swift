import CZeroMQ

/// A libzmq call that failed, with libzmq's own words.
public struct ZMQError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var code: Int32

    init(_ operation: String) {
        self.operation = operation
        code = zmq_errno()
    }

    public var description: String {
        "\(operation): \(String(cString: zmq_strerror(code)))"
    }
}

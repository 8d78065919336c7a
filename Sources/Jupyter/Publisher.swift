import Foundation

/// The iopub socket: status, inputs, outputs and errors broadcast to every front end,
/// each message signed and parented to the request that caused it.
final class Publisher: OutputSink, @unchecked Sendable {
    private let socket: ZMQSocket
    private let codec: WireCodec

    init(socket: ZMQSocket, codec: WireCodec) {
        self.socket = socket
        self.codec = codec
    }

    func publish(_ type: String, _ content: JSONValue, parent: Message) {
        var message = parent.reply(type, content: content, identities: [Data(type.utf8)])
        message.metadata = [:]
        socket.send(codec.encode(message))
    }
}

import Foundation

/// The ZeroMQ framing of a Jupyter message:
/// `identities…, <IDS|MSG>, signature, header, parent_header, metadata, content, buffers…`.
/// Decoding checks the signature before it parses any JSON.
public struct WireCodec: Sendable {
    public static let delimiter = Data("<IDS|MSG>".utf8)
    public let signer: MessageSigner

    public init(signer: MessageSigner) {
        self.signer = signer
    }

    public func encode(_ message: Message) -> [Data] {
        let parts = [message.header.json.data, message.parentHeader.data, message.metadata.data, message.content.data]
        return message.identities + [WireCodec.delimiter, Data(signer.signature(of: parts).utf8)] + parts + message.buffers
    }

    public func decode(_ frames: [Data]) throws(WireError) -> Message {
        guard let split = frames.firstIndex(of: WireCodec.delimiter) else { throw .missingDelimiter }
        let rest = Array(frames[(split + 1)...])
        guard rest.count >= 5 else { throw .truncated(frames: rest.count) }
        let parts = Array(rest[1...4])
        guard signer.verifies(String(decoding: rest[0], as: UTF8.self), of: parts) else { throw .badSignature }
        let names = ["header", "parent_header", "metadata", "content"]
        var values: [JSONValue] = []
        for (name, part) in zip(names, parts) {
            guard let value = JSONValue.parse(part), value.isObject else { throw .invalidJSON(part: name) }
            values.append(value)
        }
        guard let header = MessageHeader(json: values[0]) else { throw .invalidHeader }
        return Message(identities: Array(frames[..<split]), header: header, parentHeader: values[1],
                       metadata: values[2], content: values[3], buffers: Array(rest.dropFirst(5)))
    }
}

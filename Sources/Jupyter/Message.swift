import Foundation

/// One Jupyter message: the routing identities it came with, its header, the header
/// of the request it answers, metadata, content and binary buffers.
public struct Message: Sendable, Equatable {
    public var identities: [Data]
    public var header: MessageHeader
    /// The header of the message this one answers, as received; `{}` when none.
    public var parentHeader: JSONValue
    public var metadata: JSONValue
    public var content: JSONValue
    public var buffers: [Data]

    public init(identities: [Data] = [], header: MessageHeader, parentHeader: JSONValue = [:],
                metadata: JSONValue = [:], content: JSONValue = [:], buffers: [Data] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// A message of `type` that answers this one: same identities and session, this header as parent.
    public func reply(_ type: String, content: JSONValue, identities: [Data]? = nil) -> Message {
        Message(identities: identities ?? self.identities, header: MessageHeader(type: type, session: header.session),
                parentHeader: header.json, content: content)
    }
}

/// Why a received multipart message was dropped: it never reaches a handler.
public enum WireError: Error, Equatable, Sendable {
    /// No `<IDS|MSG>` frame separates the identities from the message.
    case missingDelimiter
    /// Fewer than the five frames (signature, header, parent, metadata, content) after the delimiter.
    case truncated(frames: Int)
    /// The signature does not match the key: the message is not from our front end.
    case badSignature
    /// A frame that should be a JSON object is not one.
    case invalidJSON(part: String)
    /// The header lacks `msg_id` or `msg_type`.
    case invalidHeader

    /// One line for the kernel's log on standard error.
    public var description: String {
        switch self {
        case .missingDelimiter: "no <IDS|MSG> delimiter"
        case .truncated(let frames): "truncated message: \(frames) frame(s) after <IDS|MSG>, at least 5 needed"
        case .badSignature: "signature does not verify with the connection file's key"
        case .invalidJSON(let part): "the \(part) frame is not a JSON object"
        case .invalidHeader: "the header lacks msg_id or msg_type"
        }
    }
}

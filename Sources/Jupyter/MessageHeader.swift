import Foundation

/// The header every Jupyter message carries: who sent it, when, and what type it is.
public struct MessageHeader: Sendable, Equatable {
    public var id: String
    public var session: String
    public var username: String
    public var date: String
    public var type: String
    public var version: String

    public init(type: String, session: String, username: String = "descent", id: String = UUID().uuidString,
                date: Date = Date()) {
        self.id = id
        self.session = session
        self.username = username
        self.date = MessageHeader.timestamp(date)
        self.type = type
        self.version = KernelInfo.protocolVersion
    }

    /// Reads a received header; nil when a required field is missing.
    public init?(json: JSONValue) {
        guard let id = json["msg_id"]?.string, let type = json["msg_type"]?.string else { return nil }
        self.id = id
        self.type = type
        session = json["session"]?.string ?? ""
        username = json["username"]?.string ?? ""
        date = json["date"]?.string ?? ""
        version = json["version"]?.string ?? ""
    }

    public var json: JSONValue {
        ["msg_id": .string(id), "session": .string(session), "username": .string(username),
         "date": .string(date), "msg_type": .string(type), "version": .string(version)]
    }

    /// ISO 8601 with microseconds and a zone, as the protocol asks.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

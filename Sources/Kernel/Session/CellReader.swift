/// Splits a file or a stream of lines into cells.
///
/// A line ending in `\` continues on the next line, and so does a line with an
/// unclosed `(` or `[` when the next line is indented (so a forgotten `)` costs one
/// cell, not the rest of the file). Blank lines and lines starting with `#` are not cells.
public struct CellReader: Sendable {
    /// A cell and the line it starts on, for `FILE:LINE` messages.
    public struct Entry: Equatable, Sendable {
        public var text: String
        public var line: Int

        public init(text: String, line: Int) {
            self.text = text
            self.line = line
        }
    }

    public init() {}

    public func cells(in text: String) -> [Entry] {
        var entries: [Entry] = []
        var pending: String?
        var start = 0
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        for (index, line) in lines.enumerated() {
            if pending == nil {
                let trimmed = line.trimmingWhitespace()
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                start = index + 1
            }
            let joined = (pending.map { $0 + (($0.isEmpty || $0.hasSuffix(" ")) ? "" : " ") } ?? "") + line
            switch CellReader.continuation(of: joined) {
            case .complete:
                entries.append(Entry(text: joined, line: start))
                pending = nil
            case .backslash:
                pending = String(joined.dropLast())
            case .openBracket:
                let next = index + 1 < lines.count ? lines[index + 1] : ""
                if next.first?.isWhitespace == true || next.first == ")" || next.first == "]" {
                    pending = joined
                } else {
                    entries.append(Entry(text: joined, line: start))
                    pending = nil
                }
            }
        }
        if let pending, !pending.trimmingWhitespace().isEmpty {
            entries.append(Entry(text: pending, line: start))
        }
        return entries
    }

    public enum Continuation: Equatable, Sendable {
        case complete
        case backslash
        case openBracket
    }

    /// Whether `text` is a whole cell or continues on the next line.
    public static func continuation(of text: String) -> Continuation {
        if text.hasSuffix("\\") { return .backslash }
        if text.trimmingWhitespace().hasPrefix(":") { return .complete }
        var depth = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return depth > 0 ? .openBracket : .complete
    }
}

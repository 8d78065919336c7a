/// Wraps Markdown prose to a width for the terminal.
///
/// Paragraphs are refilled; list items (`- `, `* `, `1. `) and quotes (`> `) keep a hanging
/// indent; headings, tables (`|`), indented code and fenced blocks are kept as written.
public struct ProseWrapper: Sendable {
    public var width: Int

    public init(width: Int) {
        self.width = max(20, width)
    }

    public func wrap(_ markdown: String) -> String {
        var output: [String] = []
        var paragraph: [String] = []
        var inFence = false
        func flush() {
            guard !paragraph.isEmpty else { return }
            output.append(contentsOf: fill(paragraph))
            paragraph = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("```") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence || trimmed.hasPrefix("|") || line.hasPrefix("    ") || trimmed.hasPrefix("#") {
                flush()
                output.append(trimmed.hasPrefix("#") ? heading(trimmed) : line)
            } else if trimmed.isEmpty {
                flush()
                output.append("")
            } else {
                if Self.marker(of: trimmed) != nil || trimmed.hasPrefix(">") { flush() }
                paragraph.append(trimmed)
            }
        }
        flush()
        return output.joined(separator: "\n")
    }

    /// `## Partial derivatives` shows as `Partial derivatives` with a rule under it.
    private func heading(_ line: String) -> String {
        let text = String(line.drop { $0 == "#" }).trimmingWhitespace()
        return text + "\n" + String(repeating: "─", count: min(width, text.count))
    }

    /// The words of one paragraph, refilled, with a hanging indent after a list marker.
    private func fill(_ lines: [String]) -> [String] {
        let text = lines.joined(separator: " ")
        let marker = Self.marker(of: text) ?? (text.hasPrefix("> ") ? "> " : "")
        let indent = text.hasPrefix("> ") ? "> " : String(repeating: " ", count: marker.count)
        let words = text.dropFirst(marker.count).split(separator: " ")
        var result: [String] = []
        var current = marker
        for word in words {
            let prefix = result.isEmpty ? marker : indent
            if current.count > prefix.count, current.count + 1 + word.count > width {
                result.append(current)
                current = indent + word
            } else {
                current += (current.count > prefix.count ? " " : "") + word
            }
        }
        result.append(current)
        return result
    }

    /// `- `, `* ` or `12. ` at the start of a list item.
    static func marker(of line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return String(line.prefix(2)) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") { return digits + ". " }
        return nil
    }
}

/// The cells of a session worth replaying: what `:save` writes and `:history` lists.
///
/// It holds the cells that ran without error, with their numbers, and the `:set`
/// commands among them (a seed changes what random experiments give). The saved
/// file runs with `descent run FILE` to the same results: failed cells are left out,
/// so `Out[n]` references are renumbered to the cells' new places.
public struct Transcript: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// The cell's number, `In [n]`; nil for a `:set` command.
        public var number: Int?
        public var text: String

        public init(number: Int?, text: String) {
            self.number = number
            self.text = text
        }
    }

    public private(set) var entries: [Entry] = []

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// Records a cell that ran without error.
    public mutating func recordCell(_ text: String, number: Int) {
        entries.append(Entry(number: number, text: text))
    }

    /// Records a `:set` command that changed a setting.
    public mutating func recordSetting(_ text: String) {
        entries.append(Entry(number: nil, text: text))
    }

    /// Forgets the cells, as `:reset` does. Settings outlive a reset, so the commands that set
    /// them stay, one per setting (the last), for the saved file to replay to the same results.
    public mutating func reset() {
        var seen = Set<String>()
        let settings = entries.reversed().filter { entry in
            entry.number == nil && seen.insert(Transcript.settingKey(entry.text)).inserted
        }
        entries = settings.reversed()
    }

    /// `digits` for `:set digits 3`; `ascii` and `unicode` are one setting, the style.
    static func settingKey(_ command: String) -> String {
        let key = command.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        switch key {
        case "ascii", "unicode": return "style"
        case "colour": return "color"
        default: return key
        }
    }

    public var cellCount: Int { entries.count { $0.number != nil } }

    /// The file `:save` writes: a comment, then one cell a line.
    ///
    /// ```
    /// In [1]: a = 2     (kept, becomes cell 1)
    /// In [2]: 1/        (an error: left out)
    /// In [3]: a^2       (kept, becomes cell 2)
    /// In [4]: Out[3]+1  (kept, written as Out[2]+1)
    /// ```
    public func fileText(header: String) -> String {
        var renumbered: [Int: Int] = [:]
        var next = 0
        for entry in entries {
            guard let number = entry.number else { continue }
            next += 1
            renumbered[number] = next
        }
        let lines = entries.map { entry in
            entry.number == nil ? entry.text : Transcript.renumberingOutputs(in: entry.text, renumbered)
        }
        return (header.split(separator: "\n").map { "# " + $0 } + lines).joined(separator: "\n") + "\n"
    }

    /// Rewrites each `Out[n]` whose cell moved.
    static func renumberingOutputs(in text: String, _ renumbered: [Int: Int]) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "Out[") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let isName = range.lowerBound == text.startIndex
                || !(text[text.index(before: range.lowerBound)].isLetter || text[text.index(before: range.lowerBound)] == "_")
            if isName, let old = Int(digits), rest.dropFirst(digits.count).first == "]", let new = renumbered[old] {
                result += String(new)
                rest = rest.dropFirst(digits.count)
            }
        }
        return result + rest
    }
}

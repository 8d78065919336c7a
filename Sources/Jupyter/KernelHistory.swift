import Foundation

/// The inputs of this kernel's executions and their results' text, for
/// `history_request`: tail, range and search. Lines are numbered 1, 2, … per request.
struct KernelHistory: Sendable {
    struct Entry: Sendable, Equatable {
        var line: Int
        var input: String
        var output: String?
    }

    /// IPython numbers sessions from 1; this kernel keeps one session of history.
    static let session = 1
    private(set) var entries: [Entry] = []

    mutating func append(input: String, output: String?) {
        entries.append(Entry(line: entries.count + 1, input: input, output: output))
    }

    /// The entries a request selects, as `[session, line, input]` triples.
    func reply(to content: JSONValue) -> JSONValue {
        let selected: [Entry]
        switch content["hist_access_type"]?.string {
        case "tail":
            selected = Array(entries.suffix(max(0, content["n"]?.int ?? 10)))
        case "range":
            let start = content["start"]?.int ?? 0
            let stop = content["stop"]?.int
            selected = entries.filter { entry in entry.line >= start && (stop.map { entry.line < $0 } ?? true) }
        case "search":
            let pattern = content["pattern"]?.string ?? "*"
            var matches = entries.filter { KernelHistory.matches($0.input, pattern: pattern) }
            if content["unique"]?.bool == true {
                var seen = Set<String>()
                matches = matches.reversed().filter { seen.insert($0.input).inserted }.reversed()
            }
            selected = content["n"]?.int.map { Array(matches.suffix($0)) } ?? matches
        default:
            selected = []
        }
        let withOutput = content["output"]?.bool ?? false
        let triples = selected.map { entry in
            let text: JSONValue = withOutput ? [.string(entry.input), entry.output.map(JSONValue.string) ?? .null] : .string(entry.input)
            return JSONValue.array([.int(KernelHistory.session), .int(entry.line), text])
        }
        return ["status": "ok", "history": .array(triples)]
    }

    /// Glob matching as IPython's history search does it: `*` any run, `?` one character.
    static func matches(_ text: String, pattern: String) -> Bool {
        let text = Array(text), pattern = Array(pattern)
        var previous = [Bool](repeating: false, count: text.count + 1)
        previous[0] = true
        for symbol in pattern {
            var current = [Bool](repeating: false, count: text.count + 1)
            current[0] = symbol == "*" && previous[0]
            for index in text.indices {
                switch symbol {
                case "*": current[index + 1] = current[index] || previous[index + 1]
                case "?": current[index + 1] = previous[index]
                default: current[index + 1] = previous[index] && text[index] == symbol
                }
            }
            previous = current
        }
        return previous[text.count]
    }
}

import Foundation
import Kernel
import Language

/// Reads a lesson from Markdown: an optional front matter, prose, ```` ```descent ```` cells
/// and ```` ```exercise ```` blocks.
///
/// Any other fenced block (```` ```text ````) is prose shown as it is. The first `# ` heading
/// is the title. Each cell block or exercise, with the prose before it, is one step.
/// CRLF line endings and a UTF-8 byte-order mark are read as plain LF UTF-8.
public struct LessonFile: Sendable {
    public var name: String
    public var text: String

    /// `name` is the file name, `01-gradients.md`; its stem becomes the lesson's id.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Reads raw bytes: invalid UTF-8 and NUL bytes are errors at their line.
    public init(name: String, data: Data) throws(LessonFileError) {
        var line = 1
        for byte in data {
            if byte == 0 { throw LessonFileError(file: name, line: line, message: "a NUL byte: is this a text file?") }
            if byte == 10 { line += 1 }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            var good = data.startIndex
            var line = 1
            for end in data.indices where data[end] == 10 {
                if String(data: data[good...end], encoding: .utf8) == nil { break }
                good = end + 1
                line += 1
            }
            throw LessonFileError(file: name, line: line, message: "not valid UTF-8: save the file as UTF-8")
        }
        self.init(name: name, text: text)
    }

    public var id: String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        return base.hasSuffix(".md") ? String(base.dropLast(3)) : base
    }

    /// The fence info strings with a meaning; a near miss (`exercize`) is an error.
    static let fenceKinds = ["descent", "exercise"]

    /// The text's lines, without a byte-order mark or carriage returns.
    var lines: [String] {
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        // "\r\n" is one Character in Swift, so it is replaced before splitting at "\n".
        return String(body).replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lesson, or the first problem found.
    public func lesson() throws(LessonFileError) -> Lesson {
        var title: String?
        var steps: [Step] = []
        var prose: [String] = []
        var proseLine = 1
        var fence: (info: String, marker: String, line: Int, body: [String])?
        var exerciseCount = 0
        let lines = self.lines
        let (front, start) = try frontMatter(lines)

        for (index, line) in lines.enumerated() where index >= start {
            let number = index + 1
            if var open = fence {
                let trimmed = line.trimmingWhitespace()
                if trimmed == open.marker {
                    fence = nil
                    switch open.info {
                    case "descent":
                        let cells = CellReader().cells(in: open.body.joined(separator: "\n")).map {
                            CellReader.Entry(text: $0.text, line: open.line + $0.line)
                        }
                        if cells.isEmpty { throw error(open.line, "empty descent block") }
                        steps.append(Step(prose: Self.trimmed(prose), content: .cells(cells), line: open.line))
                    case "exercise":
                        exerciseCount += 1
                        var exercise = try ExerciseBlock(file: name, line: open.line, lines: open.body)
                            .exercise(number: exerciseCount)
                        for rule in front.constants {
                            try ExerciseBlock(file: name, line: open.line, lines: []).checkConstantName(rule.name, domain: exercise.domain, line: open.line)
                        }
                        if let earlier = steps.lazy.compactMap({ $0.exercise }).first(where: { $0.id == exercise.id }) {
                            throw error(open.line, "exercise id '\(exercise.id)' is already used by the exercise at line \(earlier.line)")
                        }
                        exercise.number = exerciseCount
                        steps.append(Step(prose: Self.trimmed(prose), content: .exercise(exercise), line: open.line))
                    default:
                        prose.append(contentsOf: [open.marker + open.info] + open.body + [open.marker])
                        continue
                    }
                    prose = []
                    proseLine = number + 1
                } else if trimmed.hasPrefix(open.marker), !trimmed.hasPrefix(open.marker + "`"),
                          !String(trimmed.dropFirst(open.marker.count)).trimmingWhitespace().isEmpty {
                    throw error(open.line, "the ```\(open.info) block opened here has no closing fence before line \(number)")
                } else {
                    open.body.append(line)
                    fence = open
                }
                continue
            }
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("```") {
                let marker = String(trimmed.prefix { $0 == "`" })
                let info = String(trimmed.dropFirst(marker.count)).trimmingWhitespace().lowercased()
                if !Self.fenceKinds.contains(info), let near = Suggestion.nearest(to: info, among: Self.fenceKinds) {
                    throw error(number, "unknown block '```\(info)': did you mean \(near)?")
                }
                if prose.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { proseLine = number }
                fence = (info, marker, number, [])
                continue
            }
            if title == nil, trimmed.hasPrefix("# ") {
                title = String(trimmed.dropFirst(2)).trimmingWhitespace()
                proseLine = number + 1
                continue
            }
            prose.append(line)
        }
        if let open = fence { throw error(open.line, "the ```\(open.info) block opened here is never closed") }
        let rest = Self.trimmed(prose)
        if !rest.isEmpty { steps.append(Step(prose: rest, content: .none, line: proseLine)) }
        guard let title else { throw error(1, "no title: start the lesson with a line '# Title'") }
        if steps.isEmpty { throw error(1, "no steps: add prose, ```descent cells or ```exercise blocks") }
        var lesson = Lesson(id: id, title: title, file: name, steps: steps)
        lesson.constants = front.constants
        lesson.exam = front.exam
        return lesson
    }

    /// `---` lines at the top: `exam: true`, `constants: w0 = 2..9`. Returns the settings
    /// and the index of the first line after them.
    private func frontMatter(_ lines: [String]) throws(LessonFileError) -> ((constants: [ConstantRule], exam: Bool), Int) {
        var result: (constants: [ConstantRule], exam: Bool) = ([], false)
        guard lines.first?.trimmingWhitespace() == "---" else { return (result, 0) }
        guard let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingWhitespace() == "---" }) else {
            throw error(1, "the front matter opened here has no closing '---'")
        }
        let block = ExerciseBlock(file: name, line: 1, lines: [])
        for index in 1..<end {
            let line = lines[index].trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { throw error(index + 1, "expected 'key: value', found '\(line)'") }
            let key = String(line[..<colon]).trimmingWhitespace().lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
            switch key {
            case "exam":
                guard let flag = ["true": true, "false": false, "yes": true, "no": false][value.lowercased()] else {
                    throw error(index + 1, "exam takes true or false")
                }
                result.exam = flag
            case "constants":
                for (constant, text) in try block.assignments(value, index + 1) {
                    try block.checkConstantName(constant, domain: [:], line: index + 1)
                    result.constants.append(ConstantRule(name: constant, choices: try block.choices(text, index + 1)))
                }
            default:
                let hint = Suggestion.nearest(to: key, among: ["exam", "constants"]).map { " (did you mean '\($0)'?)" } ?? ""
                throw error(index + 1, "unknown front matter key '\(key)'\(hint); keys: exam, constants")
            }
        }
        return (result, end + 1)
    }

    private func error(_ line: Int, _ message: String) -> LessonFileError {
        LessonFileError(file: name, line: line, message: message)
    }

    /// The lines joined, without blank lines at either end.
    private static func trimmed(_ lines: [String]) -> String {
        var lines = lines[...]
        while lines.first?.trimmingWhitespace().isEmpty == true { lines = lines.dropFirst() }
        while lines.last?.trimmingWhitespace().isEmpty == true { lines = lines.dropLast() }
        return lines.joined(separator: "\n")
    }
}

extension Step {
    var exercise: Exercise? {
        if case .exercise(let exercise) = content { exercise } else { nil }
    }
}

import Kernel

/// Reads a lesson from Markdown: prose, ```` ```descent ```` cells and ```` ```exercise ```` blocks.
///
/// Any other fenced block (```` ```text ````) is prose shown as it is. The first `# ` heading
/// is the title. Each cell block or exercise, with the prose before it, is one step.
public struct LessonFile: Sendable {
    public var name: String
    public var text: String

    /// `name` is the file name, `01-gradients.md`; its stem becomes the lesson's id.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    public var id: String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        return base.hasSuffix(".md") ? String(base.dropLast(3)) : base
    }

    /// The lesson, or the first problem found.
    public func lesson() throws(LessonFileError) -> Lesson {
        var title: String?
        var steps: [Step] = []
        var prose: [String] = []
        var proseLine = 1
        var fence: (info: String, marker: String, line: Int, body: [String])?
        var exerciseCount = 0

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if var open = fence {
                if line.trimmingWhitespace() == open.marker {
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
                        let exercise = try ExerciseBlock(file: name, line: open.line, lines: open.body)
                            .exercise(number: exerciseCount)
                        steps.append(Step(prose: Self.trimmed(prose), content: .exercise(exercise), line: open.line))
                    default:
                        prose.append(contentsOf: [open.marker + open.info] + open.body + [open.marker])
                        continue
                    }
                    prose = []
                    proseLine = number + 1
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
        if let open = fence { throw error(open.line, "``` block opened here is never closed") }
        let rest = Self.trimmed(prose)
        if !rest.isEmpty { steps.append(Step(prose: rest, content: .none, line: proseLine)) }
        guard let title else { throw error(1, "no title: start the lesson with a line '# Title'") }
        if steps.isEmpty { throw error(1, "no steps: add prose, ```descent cells or ```exercise blocks") }
        return Lesson(id: id, title: title, file: name, steps: steps)
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

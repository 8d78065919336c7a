import Kernel

/// Fills a Markdown notebook (a lesson or any `.md` file) with the output of its cells:
/// `descent run FILE.md --output OUT.md`, a handout readable on any Git host.
///
/// After each ```` ```descent ```` block comes an ```` ```output ```` block with what its
/// cells showed; output blocks already there (from an earlier render) are replaced.
/// Exercise blocks become their question, so a handout does not give the answers away;
/// with `key`, a teacher's copy, each question is followed by its answer.
public struct NotebookRenderer: Sendable {
    public var settings: Settings
    public var seed: UInt64
    public var key: Bool

    public init(settings: Settings, seed: UInt64, key: Bool = false) {
        self.settings = settings
        self.seed = seed
        self.key = key
    }

    /// The rendered Markdown, and the cells that failed as `(line, message)`.
    public func render(_ file: LessonFile) -> (markdown: String, failures: [LessonFileError]) {
        let session = Session(settings: settings)
        let renderer = TextRenderer(settings: settings)
        let lines = file.lines
        var output: [String] = []
        var failures: [LessonFileError] = []
        var exerciseCount = 0
        var index = 0
        let shared = (try? file.lesson())?.constants ?? []
        func block(from start: Int) -> (info: String, body: [String], end: Int)? {
            let trimmed = lines[start].trimmingWhitespace()
            guard trimmed.hasPrefix("```") else { return nil }
            let marker = String(trimmed.prefix { $0 == "`" })
            var end = start + 1
            while end < lines.count, lines[end].trimmingWhitespace() != marker { end += 1 }
            return (String(trimmed.dropFirst(marker.count)).trimmingWhitespace().lowercased(),
                    Array(lines[(start + 1)..<min(end, lines.count)]), end)
        }
        while index < lines.count {
            guard let (info, body, end) = block(from: index), end < lines.count else {
                output.append(lines[index])
                index += 1
                continue
            }
            switch info {
            case "descent":
                output.append(contentsOf: lines[index...end])
                var shown: [String] = []
                for cell in CellReader().cells(in: body.joined(separator: "\n")) {
                    let result = session.execute(cell.text)
                    if let rendered = result.output.map(renderer.render) {
                        shown.append(rendered)
                        if result.failed {
                            failures.append(LessonFileError(file: file.name, line: index + 1 + cell.line, message: rendered))
                        }
                    }
                }
                var next = end + 1
                while next < lines.count, lines[next].trimmingWhitespace().isEmpty { next += 1 }
                if next < lines.count, let old = block(from: next), old.info == "output" { index = old.end + 1 } else { index = end + 1 }
                if !shown.isEmpty { output += ["", "```output"] + shown + ["```"] }
            case "exercise":
                exerciseCount += 1
                if let exercise = try? ExerciseBlock(file: file.name, line: index + 1, lines: body).exercise(number: exerciseCount) {
                    let instance = ExerciseInstance(exercise: exercise, lessonID: file.id, seed: seed, shared: shared)
                    output.append("> **Exercise \(exerciseCount).** \(instance.question)")
                    if key { output.append(">\n> " + LessonPrinter.keyLine(instance)) }
                }
                index = end + 1
            default:
                output.append(contentsOf: lines[index...end])
                index = end + 1
            }
        }
        return (output.joined(separator: "\n"), failures)
    }
}

import Foundation
import Kernel

/// A class's marks from their attempt logs: `descent grade LOGS... --dir LESSONS`.
///
/// Every logged answer is re-marked against the lessons, so what counts is what each student
/// typed, not the verdict written beside it. One row per student and exercise, then a summary
/// per student: exercises solved at their best, solved at the first attempt, and with no hints.
public struct Gradebook: Sendable {
    public var catalog: LessonCatalog
    /// Each student's progress, by name.
    public var students: [StudentProgress]
    /// Log lines that could not be read, and events for lessons not in the catalog, as notes.
    public var notes: [String]

    /// Re-marks every student's answers with the class's seed (`descent.toml`) when there is
    /// one, else with the seed drawn from the student's name, whatever seed a log names.
    public init(catalog: LessonCatalog, events: [AttemptEvent], notes: [String] = [], classSeed: UInt64? = nil) {
        self.catalog = catalog
        let known = Set(catalog.files.map(\.id))
        let names = Set(events.map(\.student)).sorted()
        var notes = notes
        students = names.map { name in
            let trusted = classSeed ?? SeededGenerator.stableHash(name)
            let foreign = Set(events.filter { $0.student == name && $0.event == .answer }.compactMap(\.seed))
                .subtracting([String(trusted)])
            if !foreign.isEmpty {
                notes.append("note: \(TerminalText.escapedLine(name))'s log names seed \(foreign.sorted().joined(separator: ", ")), not theirs (\(trusted)); their answers were marked with their own")
            }
            return StudentProgress(student: name, events: events, catalog: catalog, trustedSeed: trusted)
        }
        let unknown = Set(events.map(\.lesson)).subtracting(known).sorted()
        if !unknown.isEmpty {
            notes.append("note: the logs mention lessons not in \(catalog.origin): \(unknown.joined(separator: ", ")); their answers are not marked")
        }
        self.notes = notes
    }

    /// Reads every `.jsonl` file named or inside a folder named in `paths`.
    public static func events(from paths: [String]) -> (events: [AttemptEvent], notes: [String]) {
        var events: [AttemptEvent] = []
        var notes: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                notes.append("note: \(path): no such file or folder")
                continue
            }
            let files: [String]
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files = names.filter { $0.hasSuffix(".jsonl") }.sorted().map { (path as NSString).appendingPathComponent($0) }
                if files.isEmpty { notes.append("note: \(path): no .jsonl logs in this folder") }
            } else {
                files = [path]
            }
            for file in files {
                let (read, unreadable) = AttemptLog.read(URL(fileURLWithPath: file))
                events += read
                if unreadable > 0 { notes.append("note: \(file): \(unreadable) line\(unreadable == 1 ? "" : "s") could not be read and \(unreadable == 1 ? "was" : "were") skipped") }
            }
        }
        return (events, notes)
    }

    private var lessons: [(chapter: Int, lesson: Lesson)] {
        catalog.files.enumerated().compactMap { index, file in (try? file.lesson()).map { (index + 1, $0) } }
    }

    /// A table: one row per student and exercise, then one summary line per student.
    public var text: String {
        var rows: [[String]] = [["student", "exercise", "first", "best", "last", "tries", "hints"]]
        var summaries: [String] = []
        for student in students {
            let name = TerminalText.escapedLine(student.student)
            var total = 0, best = 0, firstTime = 0, unaided = 0
            for (chapter, lesson) in lessons where student.lessons[lesson.id] != nil {
                for exercise in lesson.exercises {
                    let outcomes = Outcomes(student.history[lesson.id]?[exercise.id] ?? [])
                    total += 1
                    if outcomes.best.outcome == .correct { best += 1 }
                    if outcomes.first.outcome == .correct { firstTime += 1 }
                    if outcomes.best.outcome == .correct, outcomes.best.hintsSeen == 0 { unaided += 1 }
                    rows.append([name, "\(chapter).\(exercise.number) \(exercise.id)",
                                 outcomes.attempts.isEmpty ? "-" : outcomes.first.outcome.rawValue,
                                 outcomes.attempts.isEmpty ? "-" : outcomes.best.outcome.rawValue,
                                 outcomes.attempts.isEmpty ? "-" : outcomes.last.outcome.rawValue,
                                 String(outcomes.attempts.reduce(0) { $0 + $1.tries }),
                                 String(outcomes.attempts.reduce(0) { $0 + $1.hintsSeen })])
                }
            }
            summaries.append("\(name): \(best) of \(total) exercises solved (\(firstTime) in the first attempt, \(unaided) without hints)")
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let table = rows.map { row in
            row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
        return (table + [""] + summaries).joined(separator: "\n")
    }

    /// The same rows as CSV, with ``Outcomes/csvHeader``'s columns.
    public var csv: String {
        var rows = [Outcomes.csvHeader]
        for student in students {
            for (chapter, lesson) in lessons where student.lessons[lesson.id] != nil {
                for exercise in lesson.exercises {
                    let outcomes = Outcomes(student.history[lesson.id]?[exercise.id] ?? [])
                    rows.append(outcomes.csvRow(student: student.student, chapter: chapter, lesson: lesson, exercise: exercise))
                }
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }
}

import Foundation
import Testing

/// `descent lesson N` driven as a process over pipes, the way a student uses it.
@Suite struct InteractiveLessonTests {
    static let lesson = """
    # Tiny

    ```descent
    w = 5
    w - 2
    ```

    ```exercise
    id: cubic
    question: What is the derivative of x³ + x?
    answer: 3*x^2 + 1
    hint: Term by term.
    wrong: 3*x^2 => The derivative of x is 1.
    ```

    The end.
    """

    struct Folders {
        let lessons: URL
        let data: URL
    }

    static func folders() throws -> Folders {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("descent-lesson-\(UUID().uuidString)")
        let lessons = root.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try Data(lesson.utf8).write(to: lessons.appendingPathComponent("01-tiny.md"))
        return Folders(lessons: lessons, data: root.appendingPathComponent("data"))
    }

    /// `descent` with standard error merged into standard output, lessons and progress in `folders`
    /// (the built-in lessons when `builtin`).
    static func run(_ arguments: [String], input: String, folders: Folders, builtin: Bool = false,
                    environment extra: [String: String] = [:]) throws -> (output: String, status: Int32) {
        var environment = ["XDG_DATA_HOME": folders.data.path, "DESCENT_LESSONS": builtin ? "" : folders.lessons.path,
                           "NO_COLOR": "1"]
        environment.merge(extra) { $1 }
        let result = try DescentProcess.run(arguments, input: input, environment: environment, mergingStandardError: true)
        return (result.standardOutput, result.status)
    }

    @Test func aStudentRunsACellAnswersGetsFeedbackQuitsAndResumes() throws {
        let folders = try Self.folders()
        let first = try Self.run(["lesson", "1", "--name", "ann", "--width", "60"],
                                 input: "\nw * 2\n\n3x^2\n:hint\n:quit\n", folders: folders)
        #expect(first.status == 0)
        let expected = [
            "── Chapter 1 · Tiny · step 1 of 3 ──", "  ▶ w = 5", "  ▶ w - 2",
            "    3", "    10",
            "── Chapter 1 · Tiny · step 2 of 3 ──", "Exercise: What is the derivative of x³ + x?",
            "read as: 3x²", "✗ The derivative of x is 1.", "2 tries left",
            "hint: Term by term.",
            "Saved at step 2 of 3; `descent lesson 1` resumes here.",
        ]
        var rest = Substring(first.output)
        for piece in expected {
            guard let found = rest.range(of: piece) else {
                Issue.record("missing, or out of order: \(piece)\n--- output ---\n\(first.output)")
                return
            }
            rest = rest[found.upperBound...]
        }
        let second = try Self.run(["lesson", "1", "--name", "ann"], input: "1 + 3x^2\n\n\n", folders: folders)
        #expect(second.output.contains("Resuming at step 2 of 3."))
        #expect(second.output.contains("read as: 1 + 3x²\n✓ Correct."))
        #expect(second.output.contains("Exercises solved: 1 of 1."))
        let progress = try Self.run(["progress", "--csv", "--name", "ann"], input: "", folders: folders)
        #expect(progress.output == """
            student,chapter,lesson,title,exercise,id,first,best,last,tries,hints,attempts
            ann,1,01-tiny,Tiny,1,cubic,correct,correct,correct,2,1,1

            """)
        let list = try Self.run(["lessons", "--name", "ann"], input: "", folders: folders)
        #expect(list.output.hasPrefix(" 1. Tiny   finished · 1 of 1 exercises"))
    }

    @Test func lessonCheckReportsFileAndLine() throws {
        let folders = try Self.folders()
        let bad = folders.lessons.appendingPathComponent("02-bad.md")
        try Data("# Bad\n\n```descent\ndiff(x^2)\n```\n\n```exercise\nquestion: q\nanswer: x\nwrong: x => no\n```\n".utf8).write(to: bad)
        let result = try Self.run(["lesson", "check", bad.path], input: "", folders: folders)
        #expect(result.status == 1)
        #expect(result.output.contains("\(bad.path):4: cell fails: error: "))
        #expect(result.output.contains("\(bad.path):7: exercise 1: the wrong answer 'x' is equivalent to the answer"))
    }

    @Test func aFolderThatCannotBeWrittenIsSaidOnceAndTheLessonGoesOn() throws {
        let folders = try Self.folders()
        let result = try Self.run(["lesson", "1", "--name", "ann"], input: "\n\n3x^2\n:quit\n", folders: folders,
                                  environment: ["XDG_DATA_HOME": "/proc/descent-cannot-write"])
        #expect(result.status == 0)
        let warnings = result.output.components(separatedBy: "warning: cannot save your progress in /proc/descent-cannot-write")
        #expect(warnings.count == 2, "\(result.output)")
        #expect(result.output.contains("The derivative of x is 1."))
        #expect(!result.output.contains("NSCocoaErrorDomain"))
    }

    @Test func aRelativeDataHomeIsRefused() throws {
        let folders = try Self.folders()
        let result = try Self.run(["lessons"], input: "", folders: folders, environment: ["XDG_DATA_HOME": "data"])
        #expect(result.status != 0)
        #expect(result.output.contains("XDG_DATA_HOME is 'data', a relative path"))
    }

    @Test func theKeyShowsEachStudentsAnswersOrTheGeneralOnes() throws {
        let folders = try Self.folders()
        let text = "# Key\n\n```exercise\nid: slope\nquestion: slope of {a}x²?\nanswer: 2*a*x\nconstants: a = 2..9\n```\n"
        try Data(text.utf8).write(to: folders.lessons.appendingPathComponent("01-tiny.md"))
        let general = try Self.run(["lesson", "1", "--print", "--key"], input: "", folders: folders, environment: ["DESCENT_STUDENT": ""])
        #expect(general.output.contains("Answer: 2*a*x (a from 2..9)"))
        let ann = try Self.run(["lesson", "1", "--print", "--key", "--name", "ann"], input: "", folders: folders)
        #expect(ann.output.contains(#/Answer: \d+x \(a = \d\)/#))
        let handout = try Self.run(["lesson", "1", "--print", "--name", "ann"], input: "", folders: folders)
        #expect(!handout.output.contains("Answer:"))
    }

    @Test func theClassConfigurationSetsTheSeedAndIsReadAsTOML() throws {
        let folders = try Self.folders()
        let text = "# Key\n\n```exercise\nquestion: slope of {a}x²?\nanswer: 2*a*x\nconstants: a = 2..900\n```\n"
        try Data(text.utf8).write(to: folders.lessons.appendingPathComponent("01-tiny.md"))
        let toml = folders.lessons.appendingPathComponent("descent.toml")
        try Data("# the lab of 12 May\nseed = 2026\nexam = true\ntolerance = 1e-3\n".utf8).write(to: toml)
        let ann = try Self.run(["lesson", "1", "--print", "--key", "--name", "ann"], input: "", folders: folders)
        let bob = try Self.run(["lesson", "1", "--print", "--key", "--name", "bob"], input: "", folders: folders)
        #expect(ann.status == 0 && ann.output == bob.output)
        try Data("seed = \"many\"\n".utf8).write(to: toml)
        let wrongType = try Self.run(["lesson", "1", "--print"], input: "", folders: folders)
        #expect(wrongType.status != 0 && wrongType.output.contains("descent.toml:1: seed takes a whole number"))
        try Data("seed = 1\nexam = \n".utf8).write(to: toml)
        let checked = try Self.run(["lesson", "check", folders.lessons.path], input: "", folders: folders)
        #expect(checked.status == 1 && checked.output.contains("descent.toml:2: "), "\(checked.output)")
        let broken = try Self.run(["lesson", "1", "--print"], input: "", folders: folders)
        #expect(broken.status != 0 && broken.output.contains("descent.toml:2: "), "\(broken.output)")
    }

    @Test func descentStudentChoosesTheRecordLikeName() throws {
        let folders = try Self.folders()
        _ = try Self.run(["lesson", "1"], input: "\n\n1 + 3x^2\n:quit\n", folders: folders, environment: ["DESCENT_STUDENT": "carol"])
        #expect(FileManager.default.fileExists(atPath: folders.data.appendingPathComponent("descent/logs/carol.jsonl").path))
        let carol = try Self.run(["progress"], input: "", folders: folders, environment: ["DESCENT_STUDENT": "carol"])
        #expect(carol.output.hasPrefix("Progress of carol"))
        #expect(carol.output.contains("exercise 1 (cubic): correct (1 try)"))
        let dave = try Self.run(["progress", "--name", "dave"], input: "", folders: folders, environment: ["DESCENT_STUDENT": "carol"])
        #expect(dave.output.hasPrefix("Progress of dave"))
        #expect(dave.output.contains("Chapter 1 · Tiny: not started"))
    }
}

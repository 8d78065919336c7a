import Foundation
import Testing
@testable import Lessons

/// `descent lesson check` on one broken lesson file per case, each reported at the right
/// `FILE:LINE`; and the encodings a teacher's editor may produce, read as plain text.
@Suite struct LessonCheckFixtureTests {
    struct Fixture: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var line: Int
        var message: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, line: Int, _ message: String) {
            self.init(name, Array(text.utf8), line: line, message)
        }

        init(_ name: String, _ bytes: [UInt8], line: Int, _ message: String) {
            self.name = name
            self.bytes = bytes
            self.line = line
            self.message = message
        }
    }

    static let fixtures: [Fixture] = [
        Fixture("exercise-without-closing-fence", "# T\n\n```exercise\nquestion: q\nanswer: x\n\nMore prose.\n\n```descent\n1 + 1\n```\n",
                line: 3, "the ```exercise block opened here has no closing fence before line 9"),
        Fixture("typo-fence", "# T\n\n```exercize\nquestion: q\nanswer: x\n```\n", line: 3, "unknown block '```exercize': did you mean exercise?"),
        Fixture("unclosed-descent-fence", "# T\n\n```descent\nx = 1\n\nprose\nmore prose\n", line: 3, "the ```descent block opened here is never closed"),
        Fixture("unknown-placeholder-in-question", "# T\n\n```exercise\nquestion: step with {eta}\nanswer: 2*a\nconstants: a = 1..3\n```\n",
                line: 3, "exercise 1: unknown placeholder {eta}; its constants: a"),
        Fixture("unknown-placeholder-in-hint", "# T\n\n```exercise\nquestion: q {a}\nanswer: 2*a\nconstants: a = 1..3\nhint: try {b}\n```\n",
                line: 3, "exercise 1: unknown placeholder {b}; its constants: a"),
        Fixture("unknown-placeholder-in-feedback", "# T\n\n```exercise\nquestion: q {a}\nanswer: 2*a\nconstants: a = 1..3\nwrong: a => not {lr}\n```\n",
                line: 3, "exercise 1: unknown placeholder {lr}; its constants: a"),
        Fixture("unknown-placeholder-in-prose", "# T\n\nStart at {w0}.\n\n```descent\n1\n```\n",
                line: 3, "unknown placeholder {w0} in the prose; the lesson's constants: none"),
        Fixture("constant-named-y", "# T\n\n```exercise\nquestion: q\nanswer: y*x\nconstants: y = 1..3\n```\n",
                line: 6, "a constant cannot be named 'y': it would hide the variable y"),
        Fixture("constant-named-e", "# T\n\n```exercise\nquestion: q\nanswer: e*x\nconstants: e = 1..3\n```\n",
                line: 6, "a constant cannot be named 'e': that is a built-in name"),
        Fixture("constant-named-pi", "# T\n\n```exercise\nquestion: q\nanswer: pi*x\nconstants: pi = 1..3\n```\n",
                line: 6, "a constant cannot be named 'pi': that is a built-in name"),
        Fixture("duplicate-id", "# T\n\n```exercise\nid: one\nquestion: q\nanswer: x\n```\n\n```exercise\nid: one\nquestion: r\nanswer: 2*x\n```\n",
                line: 9, "exercise id 'one' is already used by the exercise at line 3"),
        Fixture("answer-undefined-everywhere", "# T\n\n```exercise\nquestion: q\nanswer: log(-1 - x^2)\n```\n",
                line: 3, "exercise 1: the answer 'log(-1 - x^2)' is undefined everywhere on its domain"),
        Fixture("huge-constant-range", "# T\n\n```exercise\nquestion: q {a}\nanswer: a\nconstants: a = 0..9223372036854775807\n```\n",
                line: 6, "a constant's range must lie within ±2^53 (9007199254740992), so it is exact as a number"),
        Fixture("wrong-answer-of-another-shape", "# T\n\n```exercise\nquestion: q\nanswer: [2*x, 1]\nwrong: 2*x => no\n```\n",
                line: 6, "'2*x' is not a vector of 2 components like the answer, so it can never match"),
        Fixture("invalid-utf8", Array("# T\n\nok\n".utf8) + [0xC3, 0x28] + Array("\n".utf8), line: 4, "not valid UTF-8: save the file as UTF-8"),
        Fixture("nul-byte", Array("# T\n\nok\nbad".utf8) + [0] + Array("\n".utf8), line: 4, "a NUL byte: is this a text file?"),
    ]

    @Test(arguments: fixtures)
    func lessonCheckReportsTheBrokenLine(fixture: Fixture) throws {
        let folders = try InteractiveLessonTests.folders()
        let path = folders.lessons.appendingPathComponent(fixture.name + ".md")
        try Data(fixture.bytes).write(to: path)
        let result = try InteractiveLessonTests.run(["lesson", "check", path.path], input: "", folders: folders)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("\(path.path):\(fixture.line): \(fixture.message)"), "\(result.output)")
    }

    @Test func crlfAndAByteOrderMarkReadAsPlainText() throws {
        let text = "\u{FEFF}# Windows\r\n\r\n```exercise\r\nquestion: q\r\nanswer: 2*x\r\n```\r\n"
        let lesson = try LessonFile(name: "w.md", data: Data(text.utf8)).lesson()
        #expect(lesson.title == "Windows")
        #expect(lesson.exercises.first?.answer == "2*x")
        #expect(LessonChecker().problems(in: LessonFile(name: "w.md", text: text)).isEmpty)
    }

    @Test func checkTakesAFolderAndChecksEveryChapter() throws {
        let folders = try InteractiveLessonTests.folders()
        try Data("# Two\n\n```exercize\nx\n```\n".utf8).write(to: folders.lessons.appendingPathComponent("02-two.md"))
        try Data("# not a lesson".utf8).write(to: folders.lessons.appendingPathComponent("README.md"))
        let result = try InteractiveLessonTests.run(["lesson", "check", folders.lessons.path], input: "", folders: folders)
        #expect(result.status == 1)
        #expect(result.output.contains("01-tiny.md: ok"))
        #expect(result.output.contains("02-two.md:3: unknown block"))
        #expect(!result.output.contains("README"))
    }

    @Test func aMistypedChapterIsAClearError() throws {
        let folders = try InteractiveLessonTests.folders()
        for (word, message) in [("-1", "there is no chapter -1; the chapters are 1 to 1"), ("7", "there is no chapter 7"),
                                ("x", "expected a chapter number, found 'x'")] {
            let result = try InteractiveLessonTests.run(["lesson", word], input: "", folders: folders)
            #expect(result.status != 0)
            #expect(result.output.contains(message), "\(result.output)")
            #expect(!result.output.contains("Missing expected argument"))
        }
    }
}

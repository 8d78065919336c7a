import Testing
@testable import Lessons

/// `lesson check` fails on a plotted series that is not a number anywhere on its range.
@Suite struct BlankSeriesCheckTests {
    static func lesson(_ cell: String) -> LessonFile {
        LessonFile(name: "t.md", text: "# Zig-zag\n\nA sequence in k.\n\n```descent\n\(cell)\n```\n")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let cell: String
        let blank: [String]
        var testDescription: String { cell }
    }

    @Test(arguments: [
        Case(cell: "plot([2 + 3*(1 - 2*0.9)^k, 2 + 3*(1 - 2*0.1)^k], k = 0..20)", blank: ["3·(−0.8)^k + 2"]),
        Case(cell: "plot(sqrt(x), x = -3..-1)", blank: ["sqrt(x)"]),
        Case(cell: "plot([2 + 3*(1 - 2*0.9)^k, 2 + 3*(1 - 2*0.1)^k], k = 0..20, step = 1)", blank: []),
        Case(cell: "plot(sqrt(x), x = -3..3)", blank: []),
        Case(cell: "plot(log(x), x = 0..2)", blank: []),
    ])
    func plotsThatDrawNothingAreReported(_ c: Case) {
        let problems = LessonChecker().problems(in: Self.lesson(c.cell))
        #expect(problems.count == c.blank.count, "\(problems)")
        for (problem, name) in zip(problems, c.blank) {
            #expect(problem.line == 6)
            #expect(problem.message.contains("'\(name)' is not a number anywhere on its range"))
            #expect(problem.message.contains("step = 1"))
        }
    }
}

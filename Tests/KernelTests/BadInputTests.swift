import Testing
@testable import Kernel
import Language

/// Input that once crashed the session, exhausted its stack or was silently misread:
/// each is now an error that says what and where, and the session goes on.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var cells: [String]
        var message: String
        var carets: String
        var testDescription: String { cells.joined(separator: "; ") }
    }

    @Test(arguments: [
        Case(cells: ["contour(x*y, y = 0..1, y = 0..1)"],
             message: "error: contour: y is given twice (first at column 14); give it once",
             carets: "                         ^"),
        Case(cells: ["eval(x, x = 1, x = 2)"],
             message: "error: eval: x is given twice (first at column 9); give it once",
             carets: "                 ^"),
        Case(cells: ["fit(w*x, x = [1, 2], y = [2, 4], params = [w, w], steps = 3)"],
             message: "error: fit: w is listed twice; list each variable once",
             carets: "                                            ^^^^^^"),
        Case(cells: ["f(x, x) = x^2"],
             message: "error: parameter 'x' is named twice at column 6",
             carets: "       ^"),
        Case(cells: ["f(x) = x^2", "f(x = 2)"],
             message: "error: f has no option 'x'",
             carets: "    ^"),
        Case(cells: ["table(x, x = 0..1, step = 1e-20)"],
             message: "error: table: step = 1e-20 would make 1e20 rows, more than the limit of 100000; choose a larger step",
             carets: "                            ^^^^^"),
        Case(cells: ["table(x, x = -1e308..1e308)"],
             message: "error: table: x spans more than the largest number; choose a narrower range",
             carets: "               ^^^^^^^^^^^^^"),
        Case(cells: ["layers(seed = 2^63)"],
             message: "error: layers: seed must be a whole number from 0 to 9223372036854775807",
             carets: "                ^^^^"),
        Case(cells: ["fit(w*x, x = [1, 2], y = [2, 4], seed = 2^63)"],
             message: "error: fit: seed must be a whole number from 0 to 9223372036854775807",
             carets: "                                          ^^^^"),
        Case(cells: ["layers(depth = 300, width = 1024)"],
             message: "error: layers: depth = 300, width = 1024, batch = 32 would hold 649453568 numbers in memory, more than the limit of 50000000; choose a smaller depth or width",
             carets: "  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
        Case(cells: ["layers(depth = 1, width = 1024, batch = 4096)"],
             message: "error: layers: depth = 1, width = 1024, batch = 4096 would take 12884901888 multiplications, more than the limit of 200000000; choose a smaller depth, width or batch",
             carets: "  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"),
        Case(cells: ["contour(x*y, x = 0..1, y = 0..1, foo = 0)"],
             message: "error: contour has no option 'foo'",
             carets: "                                   ^^^"),
        Case(cells: ["plot(x^2, x = 0..1, tilte = \"a\")"],
             message: "error: plot has no option 'tilte'",
             carets: "                      ^^^^^"),
        Case(cells: ["scatter([1, 2], [3, 4], widht = 30)"],
             message: "error: scatter has no option 'widht'",
             carets: "                          ^^^^^"),
        Case(cells: ["table(x^2, x = 0..1, stp = 0.5)"],
             message: "error: table has no option 'stp'",
             carets: "                       ^^^"),
        Case(cells: ["fit(w*x, x = [1, 2], y = [2, 4], stepz = 3)"],
             message: "error: fit has no option 'stepz'",
             carets: "                                   ^^^^^"),
        Case(cells: ["adam(w^2, w = inf)"],
             message: "error: adam: w must start at a finite number, not inf",
             carets: "                ^^^"),
        Case(cells: ["x = 3", "adam(x^2, x = 5)"],
             message: "error: adam: the function has no variables to optimise: x = … gives a start value, but the function has no x (was it given a value? :vars lists them)",
             carets: "       ^^^"),
    ])
    func isAnErrorWithACaret(_ c: Case) {
        let lines = transcript(c.cells).last!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == c.message)
        #expect(lines.count > 2 && lines[2] == c.carets)
    }

    @Test func aSessionGoesOnAfterEachOfThem() {
        let lines = transcript(["f(x, x) = x^2", "f(1, 2)", "table(x, x = -1e308..1e308)", "layers(seed = 2^63)", "1 + 1"])
        #expect(lines[1].hasPrefix("error: unknown function 'f'"))
        #expect(lines.last == "2")
    }

    @Test func barsOnALogScaleSpanningThreeHundredDecadesAreDrawn() {
        let chart = show("bars([1e-160, 1e160], log = true)")
        #expect(chart.contains("1e-160"))
        #expect(chart.contains("1e160"))
        #expect(chart.contains("log scale: bars start at 1e-161"))
    }

    @Test func aContourWhoseValuesSpanTheWholeDoubleRangeIsDrawn() {
        let plot = show("contour(4e307*x*y, x = -2..2, y = -2..2, width = 30, height = 8)")
        #expect(!plot.hasPrefix("error"))
        #expect(!plot.contains("inf"))
        #expect(plot.contains("[@] 1.08e308..1.34e308"))
    }

    @Test func aRunStartingWhereTheLossIsNotFiniteDoesNotBlameTheLearningRate() {
        let run = show("sgd(1/w, w = 0, steps = 3)")
        #expect(run.contains("not a finite number at the start"))
        #expect(!run.contains("smaller lr"))
    }

    @Test func aContourDrawsTheRunsGivenAsPaths() {
        let lines = transcript([
            "r = sgd((x-1)^2 + (y-2)^2, x = -1, y = 0, steps = 20)",
            "contour((x-1)^2 + (y-2)^2, x = -2..3, y = -1..3, paths = [r], width = 40, height = 10)",
            "q = sgd(a^2 + b^2, a = 1, b = 1, steps = 2)",
            "contour(x*y, x = 0..1, y = 0..1, paths = [q])",
        ])
        #expect(lines[1].contains("path 1"))
        #expect(lines[1].contains("o"))
        #expect(lines[3].hasPrefix("error: contour: path 1 is a run over a, b, but the plot's variables are x and y"))
    }

    /// A cell nested past the depth limit, built when the test runs so its description stays short.
    struct DeepCell: CustomTestStringConvertible, Sendable {
        var testDescription: String
        var build: @Sendable () -> String

        static let all: [DeepCell] = [
            DeepCell(testDescription: "a sum of 150,000 terms") { String(repeating: "x+", count: 150_000) + "x" },
            DeepCell(testDescription: "a product of 150,000 factors") { String(repeating: "x*", count: 150_000) + "x" },
            DeepCell(testDescription: "20,000 subscripts") { "[x]" + String(repeating: "[1]", count: 20_000) },
            DeepCell(testDescription: "20,000 superscripts") { "x" + String(repeating: "² ", count: 20_000) },
            DeepCell(testDescription: "a power tower of 20,000") { String(repeating: "x^", count: 20_000) + "x" },
            DeepCell(testDescription: "500,000 nested negations") {
                String(repeating: "-(", count: 500_000) + "x" + String(repeating: ")", count: 500_000)
            },
            DeepCell(testDescription: "1,000,000 parentheses") {
                String(repeating: "(", count: 1_000_000) + "x" + String(repeating: ")", count: 1_000_000)
            },
            DeepCell(testDescription: "1,000,000 unclosed brackets") { String(repeating: "[", count: 1_000_000) },
        ]
    }

    @Test(arguments: DeepCell.all)
    func aCellTooDeepForTheLaterStagesIsRefusedByTheParser(_ deep: DeepCell) {
        let cell = deep.build()
        let error = LargeStack.run { () -> SyntaxError? in
            do throws(SyntaxError) {
                _ = try Cell.parse(cell)
                return nil
            } catch {
                return error
            }
        }
        guard case .tooDeep(let limit, let range) = error else {
            Issue.record("not refused as too deep: \(String(describing: error))")
            return
        }
        #expect(limit == Parser.maximumDepth)
        #expect(range.start >= 1 && range.end <= cell.count + 1)
        #expect(show(cell).hasPrefix("error: expression nested too deep (more than 10000 levels)"))
    }

    @Test func expandMultipliesOutPowersPastSixtyFourAndRefusesPastTheTermLimit() {
        #expect(show("expand((x + 1)^65)").hasPrefix("x^65 + 65*x^64 + 2080*x^63"))
        #expect(show("expand((v + w + x + y + z)^30)").hasPrefix(
            "error: expand: multiplying out (v + w + x + y + z)^30 passes the limit of 20000 terms"))
        #expect(show("expand((x + 1)^100000)").hasPrefix("error: expand: multiplying out (x + 1)^100000 passes the limit"))
    }

    @Test func fitRefusesMoreModelEvaluationsThanItsBudget() {
        let xs = (1...200).map(String.init).joined(separator: ", ")
        let cell = "fit(w*x, x = [\(xs)], y = [\(xs)], steps = 10000000)"
        #expect(show(cell).hasPrefix("error: fit: steps = 10000000 with 200 points per step would evaluate the model"))
    }

    @Test func theNodeBudgetRefusesTheStepThatWouldPassItBeforeTakingIt() throws {
        let prefix = "budget\(UInt64.random(in: 0...UInt64.max))_"
        var budget = NodeBudget(function: "diff", at: SourceRange(1, 5))
        var made = 0
        func grow(by count: Int) {
            for _ in 0..<count {
                _ = Expr.symbol(prefix + String(made))
                made += 1
            }
        }
        grow(by: 1_000)
        try budget.check(advice: "ask for less")
        grow(by: 4_000)
        try budget.check(advice: "ask for less")
        grow(by: 16_000)
        try budget.check(advice: "ask for less")
        grow(by: 300_000)
        #expect(throws: LanguageError.self) { try budget.check(advice: "ask for less") }
    }

    @Test func aSumOfNineThousandTermsParsesSimplifiesPrintsAndDifferentiates() {
        let sum = String(repeating: "x+", count: 8_999) + "x"
        #expect(transcript(["g = " + sum, "g", "diff(g, x)", "eval(g, x = 2)"]) == ["", "9000*x", "9000", "18000"])
    }
}

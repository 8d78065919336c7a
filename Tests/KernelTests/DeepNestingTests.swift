import Testing
@testable import Kernel

/// Deep expressions parse, differentiate, evaluate and print; past the documented limit, a clear error.
@Suite struct DeepNestingTests {
    @Test func fiveThousandNestedParenthesesWork() {
        let cell = "diff(" + String(repeating: "(", count: 5000) + "x" + String(repeating: "+1)", count: 5000) + ", x)"
        #expect(show(cell) == "1")
    }

    @Test func aCompositionOfTwoThousandFunctionsDifferentiatesAndPrints() {
        let body = String(repeating: "sin(", count: 2000) + "x" + String(repeating: ")", count: 2000)
        let lines = transcript(["g = " + body, "d = diff(g, x)", "eval(d, x = 0.5)", "g"])
        #expect(Double(lines[2]).map { abs($0 - 0.000435920448463) < 1e-12 } == true)
        #expect(lines[3].count == body.count)
    }

    @Test func nestingPastTheLimitIsAClearError() {
        let cell = String(repeating: "(", count: 12_000) + "x" + String(repeating: ")", count: 12_000)
        #expect(show(cell).hasPrefix("error: expression nested too deep (more than 10000 levels)"))
    }

    @Test func hugeAndTinyNumbersStayNumbers() {
        #expect(transcript(["1e308 * 10", "1e-320 / 1e10", "2.0^2000", "(-8)^(1/3)"]) == ["inf", "0", "inf", "nan"])
        let exact = transcript(["2^2000"])[0]
        #expect(exact.count == 603 && exact.hasPrefix("1148130695274254524232833201177681984022") && exact.hasSuffix("29376"))
    }
}

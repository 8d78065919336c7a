import Testing
@testable import Kernel
import Plotting

/// Plots and tables from the language, including the degenerate inputs students type.
@Suite struct PlotBuiltinTests {
    @Test func plotDrawsALegendForEverySeries() {
        let text = show("plot([sin(x), cos(x)], x = -pi..pi)", style: "unicode")
        #expect(text.contains("sin(x)") && text.contains("cos(x)"))
        #expect(text.contains("⠀"))
    }

    @Test func asciiModeUsesNoBraille() {
        let text = show("plot(x^2, x = -2..2)")
        #expect(!text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
    }

    @Test func parametersCanBeGivenInThePlotCall() {
        #expect(!show("plot(a*x^2, x = -1..1, a = 2)").hasPrefix("error"))
        #expect(show("plot(a*x^2, x = -1..1)").contains("give the others values"))
    }

    @Test(arguments: ["plot(1, x = 0..1)", "plot(nan, x = 0..1)", "plot(log(x), x = -2..-1)", "plot(1/x, x = -1..1)",
                      "contour(x*y, x = -1..1, y = -1..1)", "bars([0, 0, 0], log = true)", "scatter([1], [1])"])
    func degenerateInputGivesAPlotOrAMessage(cell: String) {
        let text = show(cell)
        #expect(!text.hasPrefix("error"))
        #expect(!text.isEmpty)
    }

    @Test func tableOfValuesAndDerivatives() {
        let csv = show("table([x^2, diff(x^2, x)], x = [0, 0.5, 1])", csv: true)
        #expect(csv == "x,x^2,2*x\n0,0,0\n0.5,0.25,1\n1,1,2")
    }

    @Test func tableStepsThroughARange() {
        let rows = show("table(x^2, x = 0..1, step = 0.1)", csv: true).split(separator: "\n")
        #expect(rows.count == 12)
    }

    @Test func contourAxesFollowTheOrderOfTheRanges() {
        // w is named first, so it runs across (-3..3) and b up (-1..1), though b comes first alphabetically.
        let lines = show("contour(w^2 + 10*b^2, w = -3..3, b = -1..1, height = 6)").split(separator: "\n").map(String.init)
        let xLabels = lines.first { $0.trimmingPrefix(while: { $0 == " " }).hasPrefix("-3") && !$0.contains("+") }
        #expect(xLabels?.hasSuffix("3 ") == true)
        #expect(lines.contains { $0.hasPrefix("-1 +") })
    }

    @Test func contourNeedsTwoVariables() {
        #expect(show("contour(x^2, x = -1..1)").contains("contour draws functions of two variables"))
    }
}

/// plot's `step = 1`: the curve only at integer steps.
@Suite struct PlotStepTests {
    @Test func stepOneDrawsTheZigZagThatContinuousSamplingMisses() {
        let stepped = show("plot(2 + 3*(1 - 2*0.9)^k, k = 0..20, step = 1)")
        #expect(!stepped.contains("nothing to plot"))
        #expect(stepped.contains("5"))
        #expect(show("plot(2 + 3*(1 - 2*0.9)^k, k = 0..20)") != stepped)
    }

    @Test(arguments: [
        ("plot(x^2, step = 1)", "step = … needs a range to step through"),
        ("plot(x^2, x = 0..1, step = 1e-9)", "choose a larger step"),
        ("plot(x^2, x = 0..1, step = -1)", "step must be a number"),
    ])
    func badStepsGetAMessage(_ cell: String, _ message: String) {
        #expect(show(cell).contains(message), "\(show(cell))")
    }
}

@Suite struct PlotAxisTitleTests {
    @Test func plotAndContourKnowTheirVariablesNames() throws {
        let session = Session()
        guard case .plot(.line(let line))? = session.execute("plot(sin(t), t = 0..3)").output else {
            Issue.record("plot gave no line plot")
            return
        }
        #expect(line.axisTitles == AxisTitles(x: "t"))
        guard case .plot(.contour(let contour))? = session.execute("contour(u^2 + v^2, u = -1..1, v = -1..1)").output else {
            Issue.record("contour gave no contour plot")
            return
        }
        #expect(contour.axisTitles == AxisTitles(x: "u", y: "v"))
    }
}

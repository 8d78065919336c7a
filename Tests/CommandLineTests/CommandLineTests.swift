import Foundation
import Testing

/// `descent -e`, `descent run FILE` and piped input: results only, errors on standard error.
@Suite struct CommandLineTests {
    @Test func evaluatesCellsInOneSession() throws {
        let result = try DescentProcess.run(["-e", "f(x) = x^3/3", "-e", "diff(f(x), x)", "-e", "grad(x^2 + 3*x*y)"])
        #expect(result.standardOutput == "x²\n[2x + 3y, 3x]\n")
        #expect(result.standardError == "")
        #expect(result.status == 0)
    }

    @Test func asciiPrintsTheInputSyntax() throws {
        let result = try DescentProcess.run(["--ascii", "-e", "diff(sigmoid(x), x)", "-e", "-x^2"])
        #expect(result.standardOutput == "sigmoid(x)*(1 - sigmoid(x))\n-x^2\n")
    }

    @Test func digitsChangesDecimals() throws {
        let result = try DescentProcess.run(["--digits", "4", "-e", "eval(pi)"])
        #expect(result.standardOutput == "3.142\n")
    }

    @Test func errorsGoToStandardErrorAndTheRestStillRuns() throws {
        let result = try DescentProcess.run(["-e", "sinn(x)", "-e", "1 + 1"])
        #expect(result.standardOutput == "2\n")
        #expect(result.standardError == "error: unknown function 'sinn' at column 1\n  sinn(x)\n  ^^^^\nhint: did you mean 'sin'?\n")
        #expect(result.status == 1)
    }

    @Test func runFileReportsTheLineOfAnError() throws {
        let file = try DescentProcess.temporaryFile("# a comment\na = 2\n\nsin(a\nb = a + \\\n  1\nb\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try DescentProcess.run(["run", file.path])
        #expect(result.standardOutput == "3\n")
        #expect(result.standardError.hasPrefix("\(file.path):4: error: expected ')' to close '(' opened at column 4"))
        #expect(result.status == 1)
    }

    @Test func pipedInputRunsEachLine() throws {
        let result = try DescentProcess.run([], input: "x + x\ndiff(x^x, x)\n")
        #expect(result.standardOutput == "2x\nx^x·(log(x) + 1)\n")
        #expect(result.status == 0)
    }

    @Test func missingFileIsAClearError() throws {
        let result = try DescentProcess.run(["run", "/nonexistent/lesson.txt"])
        #expect(result.standardError.contains("cannot read '/nonexistent/lesson.txt'"))
        #expect(result.status != 0)
    }

    @Test func csvPrintsOnlyTheTable() throws {
        let result = try DescentProcess.run(["--csv", "-e", "sgd(x^2, x = 1, lr = 0.25, steps = 2)"])
        #expect(result.standardOutput == "step,x,loss,grad_norm,step_x\n0,1,1,2,0\n1,0.5,0.25,1,-0.5\n2,0.25,0.0625,0.5,-0.25\n")
    }

    @Test func unknownCommandSuggestsTheNearest() throws {
        let result = try DescentProcess.run(["-e", ":hepl"])
        #expect(result.standardError.contains("unknown command ':hepl' (did you mean ':help'?)"))
    }

    @Test func colourOnlyWhenForced() throws {
        let plain = try DescentProcess.run(["-e", "plot(x, x = 0..1)"])
        #expect(!plain.standardOutput.contains("\u{1B}["))
        let forced = try DescentProcess.run(["-e", "plot(x, x = 0..1)"], environment: ["FORCE_COLOR": "1"])
        #expect(forced.standardOutput.contains("\u{1B}["))
        let refused = try DescentProcess.run(["-e", "plot(x, x = 0..1)"], environment: ["FORCE_COLOR": "1", "NO_COLOR": "1"])
        #expect(!refused.standardOutput.contains("\u{1B}["))
    }
}

import Testing
@testable import Kernel

/// The optimizers as a student calls them, checked against hand calculations.
@Suite struct OptimizerBuiltinTests {
    /// The rows of a run's table as CSV, every digit.
    private func csvRows(_ cell: String) -> [[String]] {
        show(cell, csv: true).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    }

    @Test func sgdByHandOnTheLessonExample() {
        // w ← w − lr·2(w − 2): from 5 with lr 0.1 the gradient is 6 and the next weight 4.4.
        let rows = csvRows("sgd((w - 2)^2, w = 5, lr = 0.1, steps = 2)")
        #expect(rows[0] == ["step", "w", "loss", "grad_norm", "step_w"])
        #expect(rows[1] == ["0", "5", "9", "6", "0"])
        #expect(Double(rows[2][1]) == 5 - 0.1 * 6)
        #expect(Double(rows[3][1]) == 4.4 - 0.1 * (2 * (4.4 - 2)))
    }

    @Test func adamFirstStepHasBiasCorrectedMoments() {
        let rows = csvRows("adam(x^2, x = 1, lr = 0.1, steps = 1)")
        #expect(rows[0] == ["step", "x", "loss", "grad_norm", "m_x", "v_x", "mhat_x", "vhat_x", "step_x"])
        let step1 = rows[2].map { Double($0)! }
        #expect(abs(step1[4] - 0.2) < 1e-15)      // m = (1 − β1)·g
        #expect(abs(step1[5] - 0.004) < 1e-15)    // v = (1 − β2)·g²
        #expect(step1[6] == 2)                     // m̂ = g at step 1
        #expect(step1[7] == 4)                     // v̂ = g² at step 1
        #expect(step1[1] == 1 - 0.1 * 2 / (2 + 1e-8))
    }

    @Test func momentumBufferStartsAsTheFirstGradient() {
        let rows = csvRows("momentum(x^2, x = 1, lr = 0.1, momentum = 0.9, steps = 2)")
        #expect(rows[0].contains("vel_x"))
        let velocity = rows[0].firstIndex(of: "vel_x")!
        #expect(Double(rows[2][velocity]) == 2)                // buf = g₁
        #expect(Double(rows[3][velocity]) == 0.9 * 2 + 1.6)     // buf = μ·buf + g₂, g₂ = 2·0.8
    }

    @Test func aDefinedFunctionCanBeOptimised() {
        let lines = transcript(["f(x, y) = (x - 1)^2 + (y + 2)^2", "r = adam(f, x = 0, y = 0, lr = 0.1, steps = 500)", "r.final"])
        let values = lines[2].dropFirst().dropLast().split(separator: ",").map { Double($0.filter { $0 != " " })! }
        #expect(abs(values[0] - 1) < 1e-3 && abs(values[1] + 2) < 1e-3)
    }

    @Test func convergenceAndDivergenceAreReportedWithTheirStep() {
        #expect(show("sgd((w - 2)^2, w = 5, lr = 0.5, steps = 10)").contains("converged at step 1"))
        #expect(show("sgd((w - 2)^2, w = 5, lr = 1.5, steps = 100)").contains("diverged at step"))
        #expect(show("sgd((w - 2)^2, w = 5, lr = 0.1, steps = 3)").contains("ran all 3 steps"))
    }

    @Test func twoParameterRunsDrawTheirPathOverTheContour() {
        let text = show("adam((1-x)^2 + 100*(y-x^2)^2, x = -1.2, y = 1, lr = 0.01, steps = 300)")
        #expect(text.contains("path of adam over the loss"))
        #expect(text.contains("loss by step"))
        #expect(text.contains("⋮"))
    }

    @Test func sweepVerdictsOnTheLessonExample() {
        let table = show("lrsweep((w-2)^2, w = 5, lrs = [0.01, 0.1, 0.5, 0.9, 1.0, 1.1], steps = 30)", csv: true)
        let verdicts = table.split(separator: "\n").dropFirst().map { $0.split(separator: ",").last.map(String.init) ?? "" }
        #expect(verdicts == ["slow", "converged", "converged", "oscillating but converging", "oscillating", "diverged"])
    }

    @Test func fitMatchesTheNumPyLoop() {
        // theta -= lr * X.T @ (X @ theta - y) / m, 1000 times from zero, computed with NumPy.
        let rows = csvRows("fit(w*x + b, x = [1,2,3,4,5], y = [2,4,5,4,5], params = [w, b], lr = 0.01, steps = 1000)")
        let last = rows.last!
        #expect(abs(Double(last[1])! - 0.6963550004885217) < 1e-12)
        #expect(abs(Double(last[2])! - 1.8521278749603416) < 1e-12)
    }

    @Test func aFitCanBeInspectedAndItsModelReused() {
        let lines = transcript([
            "r = fit(w*x + b, x = [1,2,3,4,5], y = [2,4,5,4,5], params = [w, b], lr = 0.01, steps = 1000)",
            "r.w", "eval(r.model, x = 0) - r.b", "r.steps", "r.wq",
        ])
        #expect(lines[1] == "0.696355000489")
        #expect(lines[2] == "0")
        #expect(lines[3] == "1000")
        #expect(lines[4].contains("a fit has no part '.wq' (did you mean .w?)"))
    }

    @Test func miniBatchFitsAreReproducibleFromTheirSeed() {
        let cell = "fit(w*x + b, x = [1,2,3,4,5], y = [2,4,5,4,5], params = [w, b], lr = 0.01, steps = 50, batch = 2, seed = 7)"
        #expect(show(cell, csv: true) == show(cell, csv: true))
        #expect(show(cell, csv: true) != show(cell.replacingOccurrences(of: "seed = 7", with: "seed = 8"), csv: true))
    }

    @Test func backpropAgreesWithTheSymbolicDerivative() {
        let text = show("backprop(sigmoid(3*sigmoid(2*x + 1)), x = 0.5)")
        #expect(text.contains("∂out/∂x by reverse mode = 0.0390845; symbolic derivative = 0.0390845 (agrees)"))
        #expect(text.contains("graph (value, gradient):"))
    }

    @Test func sigmoidLayersVanishAndResidualConnectionsHelp() {
        #expect(show("layers(depth = 20, width = 16, activation = sigmoid, init = xavier, seed = 1)").contains(": vanishing."))
        #expect(!show("layers(depth = 20, width = 16, activation = sigmoid, init = xavier, seed = 1, residual = true)").contains(": vanishing."))
        #expect(show("layers(depth = 5, clip = 0.01, seed = 1)").contains("Clipped to global norm 0.01"))
    }

    @Test func sigmoidChainShrinksByAtMostAQuarterPerLayer() {
        let rows = show("sigmoidchain(n = 5, x = 0)", csv: true).split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
        #expect(rows.count == 5)
        for row in rows { #expect(Double(row[2])! <= Double(row[3])!) }
    }
}

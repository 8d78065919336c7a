import Testing
import Optimization

/// The stopping rule rtol: stop at the first k with |f_k − f_{k−1}| < rtol · max(|f_{k−1}|, tiny).
@Suite struct RelativeToleranceTests {
    /// f(w) = (w − 2)² + 1: the loss settles at 1, so its relative change goes to 0.
    static let liftedSquare = Objective(parameterNames: ["w"]) { p, g in
        g[0] = 2 * (p[0] - 2)
        return (p[0] - 2) * (p[0] - 2) + 1
    }

    @Test(arguments: [1e-3, 1e-6, 1e-9])
    func stopsAtTheFirstSmallRelativeChange(_ rtol: Double) throws {
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 0.1
        h.relativeTolerance = rtol
        let run = try Run(kind: .sgd, hyperparameters: h, objective: Self.liftedSquare, start: [5], steps: 10_000, tol: 0)
        guard case .stalled(let step, let reported) = run.stopReason else {
            Issue.record("expected a stop by rtol, got \(run.stopReason)")
            return
        }
        #expect(reported == rtol)
        let losses = run.lossHistory
        #expect(losses.count == step + 1)
        func change(_ k: Int) -> Double { abs(losses[k] - losses[k - 1]) / abs(losses[k - 1]) }
        #expect(change(step) < rtol)
        for k in 1..<step { #expect(change(k) >= rtol, "step \(k) already changed by less than rtol") }
    }

    @Test func zeroNeverStops() throws {
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 0.1
        let run = try Run(kind: .sgd, hyperparameters: h, objective: Self.liftedSquare, start: [5], steps: 200, tol: 0)
        #expect(run.stopReason == .completed)
    }

    @Test(arguments: OptimizerKind.allCases)
    func everyOptimizerStops(_ kind: OptimizerKind) throws {
        var h = Hyperparameters(for: kind)
        h.learningRate = 0.05
        h.relativeTolerance = 1e-4
        let run = try Run(kind: kind, hyperparameters: h, objective: Self.liftedSquare, start: [5], steps: 100_000, tol: 0)
        guard case .stalled = run.stopReason else {
            Issue.record("\(kind) ended \(run.stopReason)")
            return
        }
    }

    @Test func aFitStopsByRtol() throws {
        let line = Model(parameterNames: ["w", "b"]) { x, theta, g in
            g[0] = x[0]
            g[1] = 1
            return theta[0] * x[0] + theta[1]
        }
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 0.01
        h.relativeTolerance = 1e-9
        let fit = try Fit(model: line, data: try Dataset(x: [1, 2, 3, 4, 5], y: [2, 4, 5, 4, 5]),
                          hyperparameters: h, start: [0, 0], steps: 100_000)
        guard case .stalled(let step, _) = fit.stopReason else {
            Issue.record("expected a stop by rtol, got \(fit.stopReason)")
            return
        }
        #expect(step > 1000 && step < 100_000)
    }

    @Test func negativeRtolIsRejected() {
        var h = Hyperparameters(for: .sgd)
        h.relativeTolerance = -1
        #expect(throws: OptimizationError.invalidHyperparameter(name: "rtol", value: -1, requirement: "≥ 0")) {
            try h.validate(for: .sgd)
        }
    }
}

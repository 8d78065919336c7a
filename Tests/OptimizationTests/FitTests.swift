import Testing
import Optimization

@Suite struct FitTests {
    /// h = w·x + b with ∂h/∂w = x, ∂h/∂b = 1.
    static let line = Model(parameterNames: ["w", "b"]) { x, theta, g in
        g[0] = x[0]
        g[1] = 1
        return theta[0] * x[0] + theta[1]
    }

    static let data = try! Dataset(x: [1, 2, 3, 4, 5], y: [2, 4, 5, 4, 5])

    /// NumPy: `theta -= lr * X.T @ (X @ theta - y) / m`, lr 0.01, 1000 steps from 0,
    /// cost `((X @ theta - y)**2).sum() / (2*m)`.
    @Test func fullBatchMatchesTheNumPyLoop() throws {
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 0.01
        let fit = try Fit(model: Self.line, data: Self.data, hyperparameters: h, start: [0, 0], steps: 1000)
        #expect(fit.stopReason == .completed)
        #expect(abs(fit.finalParameters[0] - 0.6963550004885217) < 1e-12)
        #expect(abs(fit.finalParameters[1] - 1.8521278749603416) < 1e-12)
        let costs = fit.costHistory
        #expect(costs.count == 1001)
        let reference: [(Int, Double)] = [
            (0, 8.6), (1, 6.810072000000001), (2, 5.4183806736), (10, 1.2015342884269071),
            (100, 0.4714944115717107), (1000, 0.25101342501067236),
        ]
        for (k, cost) in reference {
            #expect(abs(costs[k] - cost) < 1e-12, "cost after \(k) steps")
        }
        #expect(fit.table.columns == ["step", "w", "b", "cost", "grad_norm", "step_w", "step_b"])
    }

    @Test func sameSeedSameFitOtherSeedOtherFit() throws {
        func fit(_ seed: UInt64, _ batch: BatchSize) throws -> [Double] {
            try Fit(model: Self.line, data: Self.data, start: [0, 0], steps: 50, batch: batch, seed: seed).history(of: "w")
        }
        #expect(try fit(1, .stochastic) == fit(1, .stochastic))
        #expect(try fit(1, .stochastic) != fit(2, .stochastic))
        #expect(try fit(1, .mini(2)) == fit(1, .mini(2)))
        #expect(try fit(1, .mini(2)) != fit(2, .mini(2)))
    }

    /// One stochastic step from θ = 0 moves by lr·yᵢ·(xᵢ, 1) for the first sample of the shuffled order.
    @Test func stochasticStepUsesOneShuffledSample() throws {
        let fit = try Fit(model: Self.line, data: Self.data, start: [0, 0], steps: 5, batch: .stochastic, seed: 9)
        var random = SeededRandom(seed: 9)
        var order = Array(0..<5)
        random.shuffle(&order)
        let first = order[0]
        let x = Self.data.inputs[first], y = Self.data.targets[first]
        #expect(abs(fit.table[1, 1] - 0.01 * y * x) < 1e-15)
        #expect(abs(fit.table[1, 2] - 0.01 * y) < 1e-15)
    }

    /// A mini-batch as large as the data is the whole shuffled data: the full gradient up to rounding.
    @Test func miniBatchOfAllSamplesIsFullBatch() throws {
        let full = try Fit(model: Self.line, data: Self.data, start: [0, 0], steps: 20)
        let mini = try Fit(model: Self.line, data: Self.data, start: [0, 0], steps: 20, batch: .mini(5), seed: 3)
        for (a, b) in zip(full.history(of: "w"), mini.history(of: "w")) {
            #expect(abs(a - b) < 1e-14)
        }
        let small = try Fit(model: Self.line, data: Self.data, start: [0, 0], steps: 20, batch: .mini(2), seed: 3)
        #expect(abs(small.finalParameters[0] - full.finalParameters[0]) > 1e-6)
    }

    @Test func anyOptimizerCanFit() throws {
        var h = Hyperparameters(for: .adam)
        h.learningRate = 0.1
        let fit = try Fit(model: Self.line, data: Self.data, kind: .adam, hyperparameters: h, start: [0, 0], steps: 3000)
        // least squares: w = 0.6, b = 2.2
        #expect(abs(fit.finalParameters[0] - 0.6) < 1e-3)
        #expect(abs(fit.finalParameters[1] - 2.2) < 1e-3)
        #expect(fit.table.columns.contains("mhat_w"))
    }

    @Test func mismatchedDataIsRejected() {
        #expect(throws: OptimizationError.self) { try Dataset(x: [1, 2], y: [1]) }
        #expect(throws: OptimizationError.invalidCount(name: "batch", value: 0)) {
            try Fit(model: Self.line, data: Self.data, start: [0, 0], batch: .mini(0))
        }
    }
}

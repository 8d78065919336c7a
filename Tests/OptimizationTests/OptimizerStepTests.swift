import Foundation
import Testing
@testable import Optimization

/// Single steps on f(x) = x² from x = 1 (gradient 2x), computed by hand from torch.optim's
/// documented update rules.
@Suite struct OptimizerStepTests {
    private func run(_ kind: OptimizerKind, lr: Double, steps: Int = 2, adjust: (inout Hyperparameters) -> Void = { _ in })
        throws -> Run
    {
        var h = Hyperparameters(for: kind)
        h.learningRate = lr
        adjust(&h)
        return try Run(kind: kind, hyperparameters: h, objective: Objectives.square, start: [1], steps: steps, tol: 0)
    }

    private func value(_ run: Run, _ column: String, row: Int) -> Double {
        run.table[row, run.table.index(of: column)!]
    }

    @Test func sgdStepsAgainstTheGradient() throws {
        let r = try run(.sgd, lr: 0.1)
        #expect(r.history(of: "x") == [1, 0.8, 0.64])
        #expect(r.table.columns == ["step", "x", "loss", "grad_norm", "step_x"])
    }

    @Test func momentumBufferStartsAsTheFirstGradient() throws {
        let r = try run(.momentum, lr: 0.1)
        #expect(value(r, "vel_x", row: 1) == 2)
        #expect(abs(value(r, "x", row: 1) - 0.8) < 1e-15)
        // buf = 0.9·2 + 1.6 = 3.4, x = 0.8 − 0.1·3.4
        #expect(abs(value(r, "vel_x", row: 2) - 3.4) < 1e-15)
        #expect(abs(value(r, "x", row: 2) - 0.46) < 1e-15)
    }

    @Test func nesterovLooksAhead() throws {
        let r = try run(.nesterov, lr: 0.1)
        // d = 2 + 0.9·2 = 3.8
        #expect(abs(value(r, "x", row: 1) - 0.62) < 1e-15)
        // g = 1.24, buf = 0.9·2 + 1.24 = 3.04, d = 1.24 + 0.9·3.04 = 3.976
        #expect(abs(value(r, "vel_x", row: 2) - 3.04) < 1e-15)
        #expect(abs(value(r, "x", row: 2) - 0.2224) < 1e-15)
    }

    @Test func dampeningAndWeightDecayEnterTheBuffer() throws {
        let r = try run(.momentum, lr: 0.1) { $0.dampening = 0.5; $0.weightDecay = 0.1 }
        // g = 2 + 0.1·1 = 2.1; buf = 2.1; x = 1 − 0.21 = 0.79
        #expect(abs(value(r, "x", row: 1) - 0.79) < 1e-15)
        // g = 1.58 + 0.079 = 1.659; buf = 0.9·2.1 + 0.5·1.659 = 2.7195; x = 0.79 − 0.27195
        #expect(abs(value(r, "vel_x", row: 2) - 2.7195) < 1e-15)
        #expect(abs(value(r, "x", row: 2) - 0.51805) < 1e-15)
    }

    @Test func adagradDividesByTheRootOfTheSumOfSquares() throws {
        let r = try run(.adagrad, lr: 0.1)
        #expect(value(r, "sq_x", row: 1) == 4)
        #expect(value(r, "x", row: 1) == 1 - 0.1 * 2 / (2 + 1e-10))
        let x1 = value(r, "x", row: 1)
        #expect(abs(value(r, "sq_x", row: 2) - (4 + 4 * x1 * x1)) < 1e-15)
        #expect(abs(value(r, "x", row: 2) - (x1 - 0.1 * 2 * x1 / ((4 + 4 * x1 * x1).squareRoot() + 1e-10))) < 1e-15)
        #expect(abs(value(r, "x", row: 2) - 0.833104) < 1e-6)
    }

    @Test func adagradLearningRateDecays() throws {
        let r = try run(.adagrad, lr: 0.1) { $0.learningRateDecay = 1; $0.initialAccumulatorValue = 5 }
        // step 1: clr = 0.1, sum = 5 + 4 = 9, x = 1 − 0.1·2/3
        #expect(abs(value(r, "x", row: 1) - (1 - 0.2 / (3 + 1e-10))) < 1e-15)
        // step 2: clr = 0.1 / 2
        let x1 = value(r, "x", row: 1)
        let sum = 9 + 4 * x1 * x1
        #expect(abs(value(r, "x", row: 2) - (x1 - 0.05 * 2 * x1 / (sum.squareRoot() + 1e-10))) < 1e-15)
    }

    @Test func rmspropKeepsAnAverageOfSquares() throws {
        let r = try run(.rmsprop, lr: 0.01)
        #expect(abs(value(r, "sq_x", row: 1) - 0.04) < 1e-16)
        #expect(abs(value(r, "x", row: 1) - (1 - 0.01 * 2 / (0.2 + 1e-8))) < 1e-15)
        // g ≈ 1.8: sq = 0.99·0.04 + 0.01·3.24 = 0.072; x ≈ 0.9 − 0.018/√0.072
        #expect(abs(value(r, "sq_x", row: 2) - 0.072) < 1e-9)
        #expect(abs(value(r, "x", row: 2) - (0.9 - 0.018 / 0.072.squareRoot())) < 1e-8)
    }

    @Test func rmspropCenteredWithMomentum() throws {
        let r = try run(.rmsprop, lr: 0.01, steps: 1) { $0.centered = true; $0.momentum = 0.5 }
        // sq = 0.04, gavg = 0.02, a = √(0.04 − 0.0004) + 1e-8, buf = 2/a, x = 1 − 0.01·buf
        let a = (0.04 - 0.0004).squareRoot() + 1e-8
        #expect(r.table.columns.contains("gavg_x") && r.table.columns.contains("vel_x"))
        #expect(abs(value(r, "gavg_x", row: 1) - 0.02) < 1e-16)
        #expect(abs(value(r, "vel_x", row: 1) - 2 / a) < 1e-13)
        #expect(abs(value(r, "x", row: 1) - (1 - 0.01 * 2 / a)) < 1e-15)
    }

    @Test func adamMomentsAndBiasCorrection() throws {
        let r = try run(.adam, lr: 0.1)
        #expect(r.table.columns == [
            "step", "x", "loss", "grad_norm", "m_x", "v_x", "mhat_x", "vhat_x", "step_x",
        ])
        #expect(abs(value(r, "m_x", row: 1) - 0.2) < 1e-15)
        #expect(abs(value(r, "v_x", row: 1) - 0.004) < 1e-17)
        #expect(abs(value(r, "mhat_x", row: 1) - 2) < 1e-14)
        #expect(abs(value(r, "vhat_x", row: 1) - 4) < 1e-13)
        #expect(abs(value(r, "x", row: 1) - (1 - 0.1 * 2 / (2 + 1e-8))) < 1e-15)
        #expect(abs(value(r, "step_x", row: 1) - (-0.1 * 2 / (2 + 1e-8))) < 1e-15)
        // step 2 at g = 2·x₁ ≈ 1.8: m = 0.36, v = 0.007236, m̂ = 0.36/0.19, v̂ = 0.007236/0.001999
        #expect(abs(value(r, "m_x", row: 2) - 0.36) < 1e-9)
        #expect(abs(value(r, "v_x", row: 2) - 0.007236) < 1e-11)
        #expect(abs(value(r, "x", row: 2) - (0.9 - 0.1 * (0.36 / 0.19) / (0.007236 / 0.001999).squareRoot())) < 1e-8)
    }

    @Test func adamwDecaysTheWeightBeforeTheMoments() throws {
        let r = try run(.adamw, lr: 0.1, steps: 1)
        #expect(r.hyperparameters.weightDecay == 0.01)
        #expect(abs(value(r, "x", row: 1) - (0.999 - 0.1 * 2 / (2 + 1e-8))) < 1e-15)
        #expect(abs(value(r, "m_x", row: 1) - 0.2) < 1e-15)
    }

    @Test func adamWithL2PenaltyAddsItToTheGradient() throws {
        let r = try run(.adam, lr: 0.1, steps: 1) { $0.weightDecay = 0.5 }
        // g = 2 + 0.5·1 = 2.5; first Adam step is lr·sign(g) up to eps
        #expect(abs(value(r, "m_x", row: 1) - 0.25) < 1e-15)
        #expect(abs(value(r, "x", row: 1) - (1 - 0.1 * 2.5 / (2.5 + 1e-8))) < 1e-15)
    }

    @Test func defaultsFollowTorch() {
        #expect(Hyperparameters(for: .adam).learningRate == 1e-3)
        #expect(Hyperparameters(for: .rmsprop).learningRate == 1e-2)
        #expect(Hyperparameters(for: .rmsprop).alpha == 0.99)
        #expect(Hyperparameters(for: .adagrad).epsilon == 1e-10)
        #expect(Hyperparameters(for: .sgd).learningRate == 0.01)
        #expect(Hyperparameters(for: .nesterov).momentum == 0.9)
        #expect(Hyperparameters(for: .adamw).weightDecay == 0.01)
        #expect(Hyperparameters(for: .adam).weightDecay == 0)
    }

    @Test func invalidSettingsAreRejected() throws {
        var h = Hyperparameters(for: .nesterov)
        h.dampening = 0.1
        #expect(throws: OptimizationError.nesterovRequiresMomentumWithoutDampening) {
            try Optimizer(kind: .nesterov, hyperparameters: h, dimension: 1)
        }
        var bad = Hyperparameters(for: .adam)
        #expect(throws: OptimizationError.self) { try bad.set("momentum", to: 0.9, for: .adam) }
        try bad.set("beta1", to: 1, for: .adam)
        #expect(throws: OptimizationError.invalidHyperparameter(name: "beta1", value: 1, requirement: "in [0, 1)")) {
            try Optimizer(kind: .adam, hyperparameters: bad, dimension: 1)
        }
    }
}

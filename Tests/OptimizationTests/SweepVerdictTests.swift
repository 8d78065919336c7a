import Testing
import Optimization

/// One rule for a bounce: c·(w − 2)² from w = 5 under sgd multiplies w − 2 by 1 − 2c·lr each step.
@Suite struct SweepVerdictTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let scale: Double
        let learningRate: Double
        let verdict: SweepVerdict
        var testDescription: String { "\(scale)·(w − 2)² at lr \(learningRate) → \(verdict)" }
    }

    static func scaledSquare(_ c: Double) -> Objective {
        Objective(parameterNames: ["w"]) { p, g in
            g[0] = 2 * c * (p[0] - 2)
            return c * (p[0] - 2) * (p[0] - 2)
        }
    }

    @Test(arguments: [
        Case(scale: 10, learningRate: 0.1, verdict: .oscillating(converged: false)),
        Case(scale: 1, learningRate: 1, verdict: .oscillating(converged: false)),
        Case(scale: 10, learningRate: 0.09, verdict: .oscillating(converged: true)),
        Case(scale: 1, learningRate: 0.9, verdict: .oscillating(converged: true)),
        Case(scale: 10, learningRate: 0.11, verdict: .diverged),
        Case(scale: 1, learningRate: 1.1, verdict: .diverged),
        Case(scale: 10, learningRate: 0.01, verdict: .converged),
        Case(scale: 1, learningRate: 0.01, verdict: .slow),
    ])
    func aBounceIsJudgedByTheSameRuleAtEveryScale(_ c: Case) throws {
        let sweep = try LearningRateSweep(
            kind: .sgd, objective: Self.scaledSquare(c.scale), start: [5], learningRates: [c.learningRate], steps: 30)
        #expect(sweep.entries[0].verdict == c.verdict)
    }

    @Test func aPureBounceKeepsItsLossAndIsNotDiverged() throws {
        let sweep = try LearningRateSweep(
            kind: .sgd, objective: Self.scaledSquare(10), start: [5], learningRates: [0.1], steps: 30)
        let losses = sweep.entries[0].lossHistory
        #expect(losses.allSatisfy { abs($0 - 90) <= 1e-9 * 90 })
        #expect(sweep.entries[0].verdict != .diverged)
    }

    @Test func aSteadilyClimbingLossIsDiverged() throws {
        let uphill = Objective(parameterNames: ["x"]) { p, g in
            g[0] = -0.002 * p[0]
            return p[0] * p[0]
        }
        let sweep = try LearningRateSweep(kind: .sgd, objective: uphill, start: [1], learningRates: [1], steps: 30)
        let losses = sweep.entries[0].lossHistory
        #expect(losses.last! > losses.first! && losses.last! < 2 * losses.first!)
        #expect(sweep.entries[0].verdict == .diverged)
    }
}

import Foundation
import Testing
import Optimization

/// The schedules against torch.optim.lr_scheduler's `get_last_lr()` after t calls of
/// `scheduler.step()`, computed by hand from the documented formulas, base lr 0.1.
@Suite struct LearningRateScheduleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let schedule: LearningRateSchedule
        let rates: [Double]
        var testDescription: String { name }
    }

    static let halfCosine = (1 + cos(Double.pi / 4)) / 2

    @Test(arguments: [
        Case(name: "StepLR(step_size=2, gamma=0.5)", schedule: .stepDecay(every: 2, factor: 0.5),
             rates: [0.1, 0.1, 0.05, 0.05, 0.025, 0.025]),
        Case(name: "ExponentialLR(gamma=0.9)", schedule: .exponential(gamma: 0.9),
             rates: [0.1, 0.09, 0.081, 0.0729]),
        Case(name: "CosineAnnealingLR(T_max=4, eta_min=0)", schedule: .cosine(steps: 4, minimum: 0),
             rates: [0.1, 0.1 * halfCosine, 0.05, 0.1 * (1 - halfCosine), 0]),
        Case(name: "CosineAnnealingLR(T_max=2, eta_min=0.02)", schedule: .cosine(steps: 2, minimum: 0.02),
             rates: [0.1, 0.06, 0.02]),
        Case(name: "LinearLR(start_factor=0.25, total_iters=4)", schedule: .warmup(steps: 4, start: 0.25),
             rates: [0.025, 0.04375, 0.0625, 0.08125, 0.1, 0.1]),
        Case(name: "SequentialLR([LinearLR(0.5, total_iters=2), CosineAnnealingLR(T_max=2)], milestones=[2])",
             schedule: .sequence([.warmup(steps: 2, start: 0.5), .cosine(steps: 2, minimum: 0)]),
             rates: [0.05, 0.075, 0.1, 0.05, 0]),
    ])
    func ratesFollowTorchsFormulas(_ c: Case) {
        for (t, expected) in c.rates.enumerated() {
            let rate = c.schedule.rate(at: t, base: 0.1)
            #expect(abs(rate - expected) <= 1e-15, "after \(t) steps: \(rate), torch \(expected)")
        }
    }

    /// sgd on (w − 2)² from 5: update k uses the rate after k − 1 scheduler steps.
    @Test func eachUpdateUsesTheScheduledRate() throws {
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 0.1
        h.schedule = .stepDecay(every: 1, factor: 0.5)
        let run = try Run(kind: .sgd, hyperparameters: h, objective: Objectives.shiftedSquare, start: [5], steps: 2)
        #expect(run.history(of: "w") == [5, 5 - 0.1 * 6, (5 - 0.1 * 6) - 0.05 * 2 * (5 - 0.1 * 6 - 2)])
        #expect(run.table.column("lr").map(Array.init) == [0.1, 0.05, 0.025])
    }

    @Test func aRunWithoutAScheduleHasNoRateColumn() throws {
        let run = try Run(kind: .sgd, objective: Objectives.shiftedSquare, start: [5], steps: 2)
        #expect(run.table.column("lr") == nil)
    }

    @Test(arguments: [
        LearningRateSchedule.stepDecay(every: 0, factor: 0.5),
        .cosine(steps: 0, minimum: 0),
        .warmup(steps: 5, start: 0),
        .warmup(steps: 5, start: 1.5),
        .sequence([.exponential(gamma: 0.9), .cosine(steps: 10, minimum: 0)]),
    ])
    func outOfRangeSchedulesAreRejected(_ schedule: LearningRateSchedule) {
        #expect(throws: OptimizationError.self) { try schedule.validate() }
    }
}

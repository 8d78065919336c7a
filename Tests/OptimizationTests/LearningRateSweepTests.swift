import Testing
import Optimization

@Suite struct LearningRateSweepTests {
    /// (w − 2)² from w = 5, 30 sgd steps: w − 2 shrinks by 1 − 2·lr per step.
    @Test func verdictsOnAShiftedSquare() throws {
        let sweep = try LearningRateSweep(
            kind: .sgd, objective: Objectives.shiftedSquare, start: [5],
            learningRates: [0.01, 0.1, 0.5, 0.9, 1.0, 1.1], steps: 30)
        #expect(sweep.entries.map(\.verdict) == [
            .slow, .converged, .converged, .oscillating(converged: true), .oscillating(converged: false), .diverged,
        ])
        #expect(sweep.bestLoss == 0)
        #expect(sweep.entries[2].run.stopReason == .converged(step: 1))
        #expect(sweep.entries[4].lossHistory.allSatisfy { $0 == 9 })
        #expect(sweep.entries[4].run.history(of: "w").prefix(3) == [5, -1, 5])
        #expect(sweep.entries[5].run.stopReason == .completed)
    }

    @Test func divergenceStopEndsAsDiverged() throws {
        let sweep = try LearningRateSweep(
            kind: .sgd, objective: Objectives.shiftedSquare, start: [5], learningRates: [2], steps: 100)
        #expect(sweep.entries[0].run.stopReason == .diverged(step: 7))
        #expect(sweep.entries[0].verdict == .diverged)
    }
}

import Foundation
import Testing
import Optimization

@Suite struct RunTests {
    @Test func rowZeroIsTheStartAndLossIsEvaluatedAtEachRow() throws {
        let run = try Run(kind: .sgd, objective: Objectives.shiftedSquare, start: [5], steps: 3)
        #expect(run.table.rowCount == 4)
        #expect(run.table.row(0) == [0, 5, 9, 6, 0])
        // w₁ = 5 − 0.01·6 = 4.94, loss (2.94)², gradient 2·2.94
        #expect(run.table[1, 1] == 4.94)
        #expect(abs(run.table[1, 2] - 2.94 * 2.94) < 1e-14)
        #expect(abs(run.table[1, 3] - 5.88) < 1e-14)
        #expect(abs(run.table[1, 4] - (-0.06)) < 1e-15)
        #expect(run.stopReason == .completed)
        #expect(run.stepsTaken == 3)
        #expect(run.lossHistory.count == 4)
    }

    @Test func convergesWhenTheGradientVanishes() throws {
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 0.5
        let run = try Run(kind: .sgd, hyperparameters: h, objective: Objectives.shiftedSquare, start: [5])
        #expect(run.stopReason == .converged(step: 1))
        #expect(run.finalPoint == [2])
        #expect(run.table.rowCount == 2)
    }

    @Test func startingAtTheMinimumConvergesAtStepZero() throws {
        let run = try Run(kind: .adam, objective: Objectives.square, start: [0])
        #expect(run.stopReason == .converged(step: 0))
        #expect(run.stepsTaken == 0)
    }

    @Test func divergesWhenTheLossGrowsAMillionfold() throws {
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 1.1
        let run = try Run(kind: .sgd, hyperparameters: h, objective: Objectives.shiftedSquare, start: [5], steps: 1000)
        // |w − 2| = 3·1.2ᵏ; loss 9·1.44ᵏ first exceeds 9·10⁶ at k = 38
        #expect(run.stopReason == .diverged(step: 38))
        #expect(run.finalLoss > 9e6)
    }

    @Test func nanLossIsDivergence() throws {
        let logarithm = Objective(parameterNames: ["x"]) { p, g in
            g[0] = 1 / p[0]
            return log(p[0])
        }
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 10
        let run = try Run(kind: .sgd, hyperparameters: h, objective: logarithm, start: [1])
        #expect(run.stopReason == .diverged(step: 1))
        #expect(run.finalLoss.isNaN)
    }

    @Test func shouldStopIsPolledEveryThousandSteps() throws {
        var polls = 0
        var reports: [Int] = []
        let run = try Run(
            kind: .sgd, objective: Objectives.square, start: [1], steps: 10_000, tol: 0, record: false,
            shouldStop: {
                polls += 1
                return polls == 3
            },
            progress: { done, _ in reports.append(done) })
        #expect(run.stopReason == .interrupted(step: 3000))
        #expect(run.stepsTaken == 3000)
        #expect(reports == [1000, 2000, 3000, 3000])
        #expect(run.table.rowCount == 0)
    }

    @Test func unrecordedRunEndsAtTheSamePoint() throws {
        let recorded = try Run(kind: .adam, objective: Objectives.rosenbrock, start: [-1.2, 1], steps: 500)
        let bare = try Run(kind: .adam, objective: Objectives.rosenbrock, start: [-1.2, 1], steps: 500, record: false)
        #expect(recorded.finalPoint == bare.finalPoint)
        #expect(recorded.path?.count == 501)
        #expect(recorded.path?.last.map { [$0.x, $0.y] } == bare.finalPoint)
    }

    @Test func aLongRunKeepsABoundedSampleOfItsRows() throws {
        var h = Hyperparameters(for: .momentum)
        h.learningRate = 1e-3
        let run = try Run(
            kind: .momentum, hyperparameters: h, objective: Objectives.rosenbrock, start: [-1.2, 1], steps: 10_000, tol: 0)
        let steps = try #require(run.table.column("step")).map { Int($0) }
        #expect(run.table.rowCount <= 4096 + 16)
        #expect(Array(steps.prefix(8)) == Array(0..<8))
        #expect(Array(steps.suffix(8)) == Array(9_993...10_000))
        #expect(steps == steps.sorted() && Set(steps).count == steps.count)
        #expect(run.table[run.table.rowCount - 1, 1] == run.finalPoint[0])
        #expect(run.table.columns == ["step", "x", "y", "loss", "grad_norm", "vel_x", "vel_y", "step_x", "step_y"])
    }

    @Test func aSampledRowHoldsTheSameNumbersAsTheFullRun() throws {
        var h = Hyperparameters(for: .adam)
        h.learningRate = 1e-2
        var every: [[Double]] = []
        let sampled = try Run(kind: .adam, hyperparameters: h, objective: Objectives.rosenbrock, start: [-1.2, 1],
                              steps: 9_000, tol: 0, rowSink: { every.append(Array($0)) })
        #expect(every.count == 9_001)
        for row in 0..<sampled.table.rowCount {
            let values = sampled.table.row(row)
            #expect(values == every[Int(values[0])], "row at step \(Int(values[0]))")
        }
    }

    @Test func anEarlyStopKeepsItsLastRow() throws {
        var h = Hyperparameters(for: .sgd)
        h.learningRate = 1e-4
        let run = try Run(kind: .sgd, hyperparameters: h, objective: Objectives.square, start: [3], steps: 100_000, tol: 1e-3)
        guard case .converged(let step) = run.stopReason else {
            Issue.record("expected convergence, got \(run.stopReason)")
            return
        }
        #expect(step > 4096)
        #expect(run.table.column("step")?.last == Double(step))
        #expect(run.table[run.table.rowCount - 1, 1] == run.finalPoint[0])
    }

    @Test func startOfTheWrongDimensionIsRejected() {
        #expect(throws: OptimizationError.dimensionMismatch(expected: 2, actual: 1)) {
            try Run(kind: .sgd, objective: Objectives.rosenbrock, start: [0])
        }
    }
}

/// The same optimisation from one start at several learning rates, each with a verdict.
public struct LearningRateSweep: Sendable {
    /// One learning rate's run and how it behaved.
    public struct Entry: Sendable {
        public let learningRate: Double
        public let run: Run
        public let verdict: SweepVerdict
        /// The loss at rows 0 … steps taken.
        public var lossHistory: [Double] { run.lossHistory }
    }

    /// The runs, in the order of the learning rates given.
    public let entries: [Entry]
    /// The lowest finite loss any run reached (L* of `SweepVerdict`).
    public let bestLoss: Double

    /// Runs `kind` once per learning rate, other settings from `hyperparameters` (nil: defaults),
    /// and judges each run with `SweepVerdict.judge`. Runs are always recorded.
    ///
    /// - Throws: `OptimizationError` as `Run` does, e.g. for a negative learning rate.
    public init(
        kind: OptimizerKind,
        hyperparameters: Hyperparameters? = nil,
        objective: Objective,
        start: [Double],
        learningRates: [Double],
        steps: Int = 100,
        tol: Double = 1e-8,
        shouldStop: () -> Bool = { false }
    ) throws {
        var runs: [Run] = []
        for rate in learningRates {
            var settings = hyperparameters ?? Hyperparameters(for: kind)
            settings.learningRate = rate
            runs.append(try Run(
                kind: kind, hyperparameters: settings, objective: objective, start: start,
                steps: steps, tol: tol, record: true, shouldStop: shouldStop))
        }
        let best = runs.flatMap(\.lossHistory).filter(\.isFinite).min() ?? .infinity
        bestLoss = best
        entries = zip(learningRates, runs).map { rate, run in
            Entry(learningRate: rate, run: run, verdict: SweepVerdict.judge(run, bestLoss: best))
        }
    }
}

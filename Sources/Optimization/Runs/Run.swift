/// One optimisation of an objective from a start point, step by step.
///
/// Row semantics of `table`: row 0 is the start; row k holds θ_k, the parameters after k
/// updates, and `loss` and `grad_norm` evaluated AT θ_k (`grad_norm = ‖∇f(θ_k)‖₂`, the
/// objective's gradient, without weight decay). The state columns hold the optimizer's
/// buffers after update k (zero in row 0), and `step_P = θ_k − θ_{k−1}`, the change
/// actually applied to P by update k (0 in row 0). Columns, in order:
///
/// ```
/// step, P…, loss, grad_norm,
/// vel_P…          sgd family with momentum, rmsprop with momentum
/// sq_P…           adagrad (sum of g²), rmsprop (average of g²)
/// gavg_P…         rmsprop centered
/// m_P…, v_P…, mhat_P…, vhat_P…   adam, adamw
/// step_P…
/// ```
public struct Run: Sendable {
    /// The method used.
    public let kind: OptimizerKind
    /// Its settings.
    public let hyperparameters: Hyperparameters
    /// The objective's parameter names.
    public let parameterNames: [String]
    /// The rows kept: every row of a run of up to 4,096 rows; beyond that the first rows,
    /// an even sample (every 2^k-th row) and the last rows, in step order (see `StepSample`).
    /// No rows when the run was not recorded.
    public let table: StepTable
    /// The loss curve reduced to a bounded, shape-preserving envelope (exact for short runs).
    public let lossEnvelope: LossEnvelope
    /// θ at the last row.
    public let finalPoint: [Double]
    /// f(θ) at the last row.
    public let finalLoss: Double
    /// ‖∇f(θ)‖ at the last row.
    public let finalGradientNorm: Double
    /// Updates applied.
    public let stepsTaken: Int
    /// Why the run ended.
    public let stopReason: StopReason

    /// Runs `kind` on `objective` from `start` for at most `steps` updates.
    ///
    /// - Parameters:
    ///   - hyperparameters: nil for `Hyperparameters(for: kind)`.
    ///   - tol: stop as converged when the gradient norm is below it (0 never stops early).
    ///   - record: keep the sampled step table and the loss envelope (bounded memory either way).
    ///   - rowSink: given every row as it is made, in column order, for streaming it out.
    ///   - shouldStop: polled every 1000 steps; true ends the run as interrupted.
    ///   - progress: called every 1000 steps and at the end with (steps done, steps requested).
    /// - Throws: `OptimizationError` for bad hyperparameters, a start of the wrong dimension,
    ///   or negative `steps`.
    public init(
        kind: OptimizerKind,
        hyperparameters: Hyperparameters? = nil,
        objective: Objective,
        start: [Double],
        steps: Int = 100,
        tol: Double = 1e-8,
        record: Bool = true,
        rowSink: ((UnsafeBufferPointer<Double>) -> Void)? = nil,
        shouldStop: () -> Bool = { false },
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws {
        guard start.count == objective.dimension else {
            throw OptimizationError.dimensionMismatch(expected: objective.dimension, actual: start.count)
        }
        guard steps >= 0 else { throw OptimizationError.invalidCount(name: "steps", value: steps) }
        var optimizer = try Optimizer(kind: kind, hyperparameters: hyperparameters, dimension: start.count)
        let outcome = StepLoop.run(
            optimizer: &optimizer, parameterNames: objective.parameterNames, lossName: "loss",
            start: start, steps: steps, tolerance: tol, record: record, rowSink: rowSink,
            shouldStop: shouldStop, progress: progress, evaluate: objective.evaluate)
        self.kind = kind
        self.hyperparameters = optimizer.hyperparameters
        parameterNames = objective.parameterNames
        table = outcome.table
        lossEnvelope = outcome.lossEnvelope
        finalPoint = outcome.finalPoint
        finalLoss = outcome.finalLoss
        finalGradientNorm = outcome.finalGradientNorm
        stepsTaken = outcome.stepsTaken
        stopReason = outcome.stopReason
    }

    /// The columns of the step table of a run of `kind` over `parameterNames`, in order.
    public static func columns(kind: OptimizerKind, hyperparameters: Hyperparameters?,
                               parameterNames: [String]) throws -> [String] {
        let optimizer = try Optimizer(kind: kind, hyperparameters: hyperparameters, dimension: parameterNames.count)
        return StepLoop.columns(parameterNames: parameterNames, lossName: "loss", optimizer: optimizer)
    }

    /// The loss at the kept rows: rows 0 … stepsTaken for a run of up to 4,096 rows (empty when not recorded).
    public var lossHistory: [Double] {
        table.column("loss").map(Array.init) ?? []
    }

    /// The values of parameter `name` at the kept rows (empty when not recorded).
    public func history(of name: String) -> [Double] {
        table.column(name).map(Array.init) ?? []
    }

    /// The path (θ₀, θ₁) at the kept rows, for an objective of exactly two parameters; nil
    /// otherwise. Past 4,096 rows it is the path through every 2^k-th point: its shape at any
    /// plot resolution, in bounded memory.
    public var path: [(x: Double, y: Double)]? {
        guard parameterNames.count == 2 else { return nil }
        let xs = table.column(at: 1), ys = table.column(at: 2)
        return zip(xs, ys).map { (x: $0, y: $1) }
    }
}

/// A least-squares fit of a model to data by an optimizer, batch by batch.
///
/// The cost over a set of samples S is the halved mean squared error, and each step uses
/// the gradient over its batch B:
///
/// ```
/// J_S(θ) = 1/(2|S|) · Σ_{i∈S} (h(xᵢ; θ) − yᵢ)²
/// ∇J_B(θ) = 1/|B| · Σ_{i∈B} (h(xᵢ; θ) − yᵢ) · ∂h/∂θ (xᵢ; θ)
/// θ ← optimizer step with ∇J_B(θ)
/// ```
///
/// With `.full` batches and sgd this is `θ ← θ − lr · Xᵀ(Xθ − y)/m` for a linear model.
/// The table has the columns of `Run`'s with `cost` for `loss`: row k holds θ_k, the
/// full-data cost J(θ_k) and `grad_norm = ‖∇J(θ_k)‖` over all m samples, so the cost
/// history is comparable across batch sizes. Stop reasons are those of `Run`, judged on
/// the full-data cost and gradient.
public struct Fit: Sendable {
    /// The optimizer used.
    public let kind: OptimizerKind
    /// Its settings.
    public let hyperparameters: Hyperparameters
    /// The model's parameter names.
    public let parameterNames: [String]
    /// The batch size used.
    public let batch: BatchSize
    /// Row k: step, θ_k, cost, grad_norm, optimizer state, step_P.
    public let table: StepTable
    /// θ after the last step.
    public let finalParameters: [Double]
    /// J(θ) over all samples after the last step.
    public let finalCost: Double
    /// Updates applied.
    public let stepsTaken: Int
    /// Why the fit ended.
    public let stopReason: StopReason

    /// Fits `model` to `data` from `start` for at most `steps` updates.
    ///
    /// - Parameters:
    ///   - kind: the optimizer, sgd by default (with its default lr 0.01).
    ///   - seed: seeds the shuffling of mini-batches (`SeededRandom`); the same seed gives the same fit.
    ///   - tol: stop as converged when the full-data gradient norm is below it (0: never).
    /// - Throws: `OptimizationError` for bad settings, a start of the wrong dimension, a batch size below 1.
    public init(
        model: Model,
        data: Dataset,
        kind: OptimizerKind = .sgd,
        hyperparameters: Hyperparameters? = nil,
        start: [Double],
        steps: Int = 1000,
        batch: BatchSize = .full,
        seed: UInt64 = 0,
        tol: Double = 0,
        record: Bool = true,
        shouldStop: () -> Bool = { false },
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws {
        let n = model.parameterNames.count
        guard start.count == n else { throw OptimizationError.dimensionMismatch(expected: n, actual: start.count) }
        guard steps >= 0 else { throw OptimizationError.invalidCount(name: "steps", value: steps) }
        if case .mini(let k) = batch, k < 1 { throw OptimizationError.invalidCount(name: "batch", value: k) }
        var optimizer = try Optimizer(kind: kind, hyperparameters: hyperparameters, dimension: n)

        let m = data.count
        let size = batch.size(for: m)
        var random = SeededRandom(seed: seed)
        var order = Array(0..<m)
        var position = m
        var sampleGradient = [Double](repeating: 0, count: n)
        let evaluateModel = model.evaluate

        func accumulate(
            _ samples: ArraySlice<Int>, _ theta: UnsafeBufferPointer<Double>, _ g: UnsafeMutableBufferPointer<Double>
        ) -> Double {
            for j in 0..<n { g[j] = 0 }
            var squares = 0.0
            data.inputs.withUnsafeBufferPointer { inputs in
                sampleGradient.withUnsafeMutableBufferPointer { dh in
                    for i in samples {
                        let x = UnsafeBufferPointer(rebasing: inputs[i * data.features ..< (i + 1) * data.features])
                        let residual = evaluateModel(x, theta, dh) - data.targets[i]
                        squares += residual * residual
                        for j in 0..<n { g[j] += residual * dh[j] }
                    }
                }
            }
            let count = Double(samples.count)
            for j in 0..<n { g[j] /= count }
            return squares / (2 * count)
        }

        let everySample = Array(0..<m)[...]
        let outcome = StepLoop.run(
            optimizer: &optimizer, parameterNames: model.parameterNames, lossName: "cost",
            start: start, steps: steps, tolerance: tol, record: record,
            shouldStop: shouldStop, progress: progress,
            evaluate: { theta, g in accumulate(everySample, theta, g) },
            stepGradient: batch == .full
                ? nil
                : { theta, g, _ in
                    if position >= m {
                        random.shuffle(&order)
                        position = 0
                    }
                    let end = min(position + size, m)
                    _ = accumulate(order[position..<end], theta, g)
                    position = end
                })
        self.kind = kind
        self.hyperparameters = optimizer.hyperparameters
        parameterNames = model.parameterNames
        self.batch = batch
        table = outcome.table
        finalParameters = outcome.finalPoint
        finalCost = outcome.finalLoss
        stepsTaken = outcome.stepsTaken
        stopReason = outcome.stopReason
    }

    /// J(θ_k) over all samples for k = 0 … stepsTaken (empty when not recorded).
    public var costHistory: [Double] {
        table.column("cost").map(Array.init) ?? []
    }

    /// The values of parameter `name` at rows 0 … stepsTaken.
    public func history(of name: String) -> [Double] {
        table.column(name).map(Array.init) ?? []
    }
}

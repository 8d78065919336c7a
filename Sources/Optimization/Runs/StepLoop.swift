/// The loop shared by `Run` and `Fit`: evaluate, record, test for a stop, update.
///
/// For k = 0, 1, …: evaluate the loss and gradient at θ_k, record row k, stop if the run
/// diverged, converged or is complete, poll for interruption every `interruptionInterval`
/// steps, then apply one optimizer update. With `record == false` the loop allocates nothing.
struct StepLoop {
    /// Steps between two polls of `shouldStop` and two `progress` reports.
    static let interruptionInterval = 1000

    /// What the loop leaves behind.
    struct Outcome {
        var table: StepTable
        var finalPoint: [Double]
        var finalLoss: Double
        var finalGradientNorm: Double
        var stepsTaken: Int
        var stopReason: StopReason
    }

    /// Column names: `step`, each parameter, `lossName`, `grad_norm`, then the optimizer's state
    /// per parameter (`vel_P`, `sq_P`, `gavg_P`, `m_P`, `v_P`, `mhat_P`, `vhat_P`) and `step_P`.
    static func columns(parameterNames: [String], lossName: String, optimizer: Optimizer) -> [String] {
        var names = ["step"] + parameterNames + [lossName, "grad_norm"]
        for prefix in optimizer.stateNames + ["step"] {
            names += parameterNames.map { "\(prefix)_\($0)" }
        }
        return optimizer.hyperparameters.schedule == nil ? names : names + ["lr"]
    }

    /// Runs the loop. `evaluate` gives the recorded loss and gradient at a point; when
    /// `stepGradient` is given it overwrites the gradient used by update k (a mini-batch's).
    static func run(
        optimizer: inout Optimizer,
        parameterNames: [String],
        lossName: String,
        start: [Double],
        steps: Int,
        tolerance: Double,
        record: Bool,
        shouldStop: () -> Bool,
        progress: ((_ done: Int, _ total: Int) -> Void)?,
        evaluate: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Double,
        stepGradient: ((UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>, _ step: Int) -> Void)? = nil
    ) -> Outcome {
        let n = start.count
        let columns = columns(parameterNames: parameterNames, lossName: lossName, optimizer: optimizer)
        var table = StepTable(columns: columns, reservingRows: record ? min(steps + 1, 4096) : 0)
        var rowValues = [Double](repeating: 0, count: record ? columns.count : 0)
        let quantities = optimizer.quantities
        var point = start
        var gradient = [Double](repeating: 0, count: n)
        var loss = 0.0
        var previousLoss = 0.0
        var norm = 0.0
        var k = 0
        var reason = StopReason.completed
        point.withUnsafeMutableBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                var limit = Double.infinity
                while true {
                    loss = evaluate(UnsafeBufferPointer(p), g)
                    var squares = 0.0
                    for i in 0..<n { squares += g[i] * g[i] }
                    norm = squares.squareRoot()
                    if k == 0 { limit = 1e6 * max(abs(loss), 1) }
                    if record {
                        rowValues.withUnsafeMutableBufferPointer { row in
                            row[0] = Double(k)
                            for i in 0..<n { row[1 + i] = p[i] }
                            row[1 + n] = loss
                            row[2 + n] = norm
                            var c = 3 + n
                            for q in quantities {
                                for i in 0..<n { row[c + i] = optimizer.stateValue(q, parameter: i) }
                                c += n
                            }
                            for i in 0..<n { row[c + i] = k == 0 ? 0 : p[i] - table[k - 1, 1 + i] }
                            if row.count > c + n { row[c + n] = optimizer.learningRate(afterSteps: k) }
                            table.append(UnsafeBufferPointer(row))
                        }
                    }
                    if !loss.isFinite || !norm.isFinite || abs(loss) > limit {
                        reason = .diverged(step: k)
                        break
                    }
                    if norm < tolerance {
                        reason = .converged(step: k)
                        break
                    }
                    let rtol = optimizer.hyperparameters.relativeTolerance
                    if k > 0 && abs(loss - previousLoss) < rtol * max(abs(previousLoss), .leastNormalMagnitude) {
                        reason = .stalled(step: k, rtol: rtol)
                        break
                    }
                    previousLoss = loss
                    if k >= steps {
                        reason = .completed
                        break
                    }
                    if k > 0 && k % interruptionInterval == 0 {
                        progress?(k, steps)
                        if shouldStop() {
                            reason = .interrupted(step: k)
                            break
                        }
                    }
                    if let stepGradient { stepGradient(UnsafeBufferPointer(p), g, k) }
                    optimizer.step(parameters: p, gradient: UnsafeBufferPointer(g))
                    k += 1
                }
            }
        }
        progress?(k, steps)
        table.trim()
        return Outcome(
            table: table, finalPoint: point, finalLoss: loss, finalGradientNorm: norm,
            stepsTaken: k, stopReason: reason)
    }
}

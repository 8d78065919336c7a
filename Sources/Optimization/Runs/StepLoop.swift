/// The loop shared by `Run` and `Fit`: evaluate, record, test for a stop, update.
///
/// For k = 0, 1, …: evaluate the loss and gradient at θ_k, record row k, stop if the run
/// diverged, converged, stalled (relative change of the loss below `rtol`) or is complete, poll for interruption every `interruptionInterval`
/// steps, then apply one optimizer update. Memory does not grow with the number of steps:
/// the rows kept are a bounded ``StepSample``, the loss curve a ``LossEnvelope``, and every
/// row can go to a `rowSink` as it is made (`--csv`). With `record == false` and no sink the
/// loop allocates nothing.
struct StepLoop {
    /// Steps between two polls of `shouldStop` and two `progress` reports.
    static let interruptionInterval = 1000

    /// What the loop leaves behind.
    struct Outcome {
        var table: StepTable
        var lossEnvelope: LossEnvelope
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
        rowSink: ((UnsafeBufferPointer<Double>) -> Void)? = nil,
        shouldStop: () -> Bool,
        progress: ((_ done: Int, _ total: Int) -> Void)?,
        evaluate: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Double,
        stepGradient: ((UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>, _ step: Int) -> Void)? = nil
    ) -> Outcome {
        let n = start.count
        let columns = columns(parameterNames: parameterNames, lossName: lossName, optimizer: optimizer)
        var sample = StepSample(columns: columns, steps: record ? steps : 0)
        var envelope = LossEnvelope()
        let building = record || rowSink != nil
        var rowValues = [Double](repeating: 0, count: building ? columns.count : 0)
        var previous = [Double](repeating: 0, count: building ? n : 0)
        let quantities = optimizer.quantities
        var point = start
        var gradient = [Double](repeating: 0, count: n)
        var loss = 0.0
        var previousLoss = 0.0
        let rtol = optimizer.hyperparameters.relativeTolerance
        var norm = 0.0
        var k = 0
        var reason = StopReason.completed
        point.withUnsafeMutableBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                previous.withUnsafeMutableBufferPointer { previous in
                    var limit = Double.infinity
                    while true {
                        loss = evaluate(UnsafeBufferPointer(p), g)
                        var squares = 0.0
                        for i in 0..<n { squares += g[i] * g[i] }
                        norm = squares.squareRoot()
                        if k == 0 { limit = 1e6 * max(abs(loss), 1) }
                        var stop: StopReason?
                        if !loss.isFinite || !norm.isFinite || abs(loss) > limit {
                            stop = .diverged(step: k)
                        } else if norm < tolerance {
                            stop = .converged(step: k)
                        } else if k > 0, abs(loss - previousLoss) < rtol * max(abs(previousLoss), .leastNormalMagnitude) {
                            stop = .stalled(step: k, rtol: rtol)
                        } else if k >= steps {
                            stop = .completed
                        } else if k > 0 && k % interruptionInterval == 0 {
                            progress?(k, steps)
                            if shouldStop() { stop = .interrupted(step: k) }
                        }
                        if building {
                            let keep = record && (sample.wants(k) || stop != nil)
                            if keep || rowSink != nil {
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
                                    for i in 0..<n { row[c + i] = k == 0 ? 0 : p[i] - previous[i] }
                                    if row.count > c + n { row[c + n] = optimizer.learningRate(afterSteps: k) }
                                    if keep { sample.keep(UnsafeBufferPointer(row), step: k, final: stop != nil) }
                                    rowSink?(UnsafeBufferPointer(row))
                                }
                            }
                            if record { envelope.append(loss) }
                            for i in 0..<n { previous[i] = p[i] }
                        }
                        previousLoss = loss
                        if let stop {
                            reason = stop
                            break
                        }
                        if let stepGradient { stepGradient(UnsafeBufferPointer(p), g, k) }
                        optimizer.step(parameters: p, gradient: UnsafeBufferPointer(g))
                        k += 1
                    }
                }
            }
        }
        progress?(k, steps)
        return Outcome(
            table: sample.table(), lossEnvelope: envelope, finalPoint: point, finalLoss: loss, finalGradientNorm: norm,
            stepsTaken: k, stopReason: reason)
    }
}

/// How a run of a learning-rate sweep behaved, judged from its step table.
///
/// With L₀ the start loss, L_T the final loss, L* the lowest loss any run of the sweep
/// reached, and Δ_k = θ_k − θ_{k−1} the k-th step, the rules apply in this order:
///
/// ```
/// diverged     stop reason diverged, or L_T not finite, or the loss grew beyond a factor:
///              L_T − L* > 2 (L₀ − L*) + ε,  ε = 10⁻⁹ max(|L₀|, 1)
/// converged    stop reason converged (‖∇f‖ < tol)
/// oscillating  T ≥ 3 and in the late half of the run (k > T/2, k ≥ 2) more than half of
///              the consecutive steps reverse direction: Δ_k · Δ_{k−1} < 0
///              converged: settled (below)
/// diverged     L_T > L₀ + ε without alternating (a loss that climbs steadily)
/// converged    settled: L_T < L₀,
///                       L_T − L* ≤ 10⁻³ (L₀ − L*)           (closed 99.9 % of the gap to the best)
///                       |L_{T−1} − L_T| ≤ 10⁻³ (L₀ − L_T)    (the last step barely changed the loss)
/// slow         everything else: the loss went down, or stayed, without settling
/// ```
///
/// On (w − 2)² from w = 5 with 30 sgd steps, w − 2 is multiplied by 1 − 2·lr each step:
/// lr 0.01 is slow (×0.98), 0.1 converged (×0.8: loss 9 → 1.4e-5, settled),
/// 0.5 converged in one step, 0.9 oscillating but converged (×−0.8),
/// 1.0 oscillating and not converged (w = 5, −1, 5, …), 1.1 diverged (×−1.2).
/// One rule for every bounce: a loss that neither grows nor shrinks while the parameter
/// alternates is oscillating, whatever the rounding, so 10(w − 2)² at lr 0.1 (×−1, the loss
/// stays 90) is oscillating like (w − 2)² at lr 1.
public enum SweepVerdict: Sendable, Equatable {
    case converged
    case slow
    case oscillating(converged: Bool)
    case diverged

    /// Judges `run` against `bestLoss`, the lowest loss of the sweep it belongs to.
    public static func judge(_ run: Run, bestLoss: Double) -> SweepVerdict {
        let losses = run.lossHistory
        guard let first = losses.first, let last = losses.last else { return .slow }
        if case .diverged = run.stopReason { return .diverged }
        let slack = 1e-9 * max(abs(first), 1)
        if !last.isFinite || last - bestLoss > 2 * (first - bestLoss) + slack { return .diverged }
        if case .converged = run.stopReason { return .converged }
        let steps = losses.count - 1
        let previous = steps > 0 ? losses[steps - 1] : last
        let settled = last < first
            && last - bestLoss <= 1e-3 * (first - bestLoss)
            && abs(previous - last) <= 1e-3 * (first - last)
        if steps >= 3 && reversesInLateHalf(run.table, dimension: run.parameterNames.count) {
            return .oscillating(converged: settled)
        }
        if last > first + slack { return .diverged }
        return settled ? .converged : .slow
    }

    /// Whether more than half of the late consecutive steps point against each other.
    private static func reversesInLateHalf(_ table: StepTable, dimension: Int) -> Bool {
        let steps = table.rowCount - 1
        var pairs = 0, reversals = 0
        for k in max(2, steps / 2 + 1)...steps {
            var dot = 0.0
            for i in 1...dimension {
                dot += (table[k, i] - table[k - 1, i]) * (table[k - 1, i] - table[k - 2, i])
            }
            pairs += 1
            if dot < 0 { reversals += 1 }
        }
        return pairs >= 2 && 2 * reversals > pairs
    }
}

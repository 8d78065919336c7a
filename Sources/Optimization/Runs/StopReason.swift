/// Why a run ended. `step` is the row at which the condition was seen: the run took `step` updates.
public enum StopReason: Sendable, Equatable {
    /// All requested steps were taken.
    case completed
    /// The gradient norm at the parameters of row `step` fell below the tolerance:
    /// `‖∇f(θ_step)‖ < tol`.
    case converged(step: Int)
    /// The loss at row `step` was NaN or infinite, the gradient was not finite, or
    /// `|f(θ_step)| > 1e6 · max(|f(θ₀)|, 1)`.
    case diverged(step: Int)
    /// The loss changed by less than `rtol` relative to the previous one:
    /// `|f(θ_step) − f(θ_{step−1})| < rtol · max(|f(θ_{step−1})|, tiny)`.
    case stalled(step: Int, rtol: Double)
    /// The caller asked to stop (Ctrl-C); `shouldStop` is polled every 1000 steps.
    case interrupted(step: Int)
}

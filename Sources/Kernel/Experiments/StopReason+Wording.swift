import Language
import Optimization

extension StopReason {
    /// How a run ended, in a few words: "converged at step 41".
    var headline: String {
        switch self {
        case .completed: return "completed"
        case .converged(let step): return "converged at step \(step)"
        case .diverged(let step): return "diverged at step \(step)"
        case .interrupted(let step): return "interrupted at step \(step)"
        case .stalled(let step, _): return "stopped at step \(step)"
        }
    }

    /// The headline with what it means for the student.
    func sentence(stepsTaken: Int) -> String {
        switch self {
        case .completed: return "ran all \(stepsTaken) steps"
        case .converged: return headline + ": the gradient norm fell below tol"
        case .diverged: return headline + ": the loss became too large or not a number; try a smaller lr"
        case .interrupted: return headline + " (Ctrl-C); what it computed so far is kept"
        case .stalled(_, let rtol): return headline + ": the loss changed by less than rtol = \(NumberFormat().string(rtol))"
        }
    }
}

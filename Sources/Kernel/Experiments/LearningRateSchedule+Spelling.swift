import Language
import Optimization

extension LearningRateSchedule {
    /// The schedule as the student types it: `cosine(steps = 100, min = 0)`, `[warmup(steps = 5, start = 0.333333), cosine(steps = 95, min = 0)]`.
    public var spelling: String {
        let format = NumberFormat(digits: 6)
        switch self {
        case .stepDecay(let every, let factor): return "stepdecay(every = \(every), factor = \(format.string(factor)))"
        case .exponential(let gamma): return "exponential(gamma = \(format.string(gamma)))"
        case .cosine(let steps, let minimum): return "cosine(steps = \(steps), min = \(format.string(minimum)))"
        case .warmup(let steps, let start): return "warmup(steps = \(steps), start = \(format.string(start)))"
        case .sequence(let parts): return "[" + parts.map(\.spelling).joined(separator: ", ") + "]"
        }
    }
}

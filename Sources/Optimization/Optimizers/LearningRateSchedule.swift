import Foundation

/// How the learning rate changes from step to step, with torch.optim.lr_scheduler's formulas.
///
/// `rate(at: t, base: lr)` is the rate update t + 1 uses, after t scheduler steps (torch's
/// `get_last_lr()` after t calls of `scheduler.step()`), in closed form:
///
/// ```
/// stepDecay(every: s, factor: γ)     StepLR             lr · γ^⌊t/s⌋
/// exponential(gamma: γ)              ExponentialLR      lr · γ^t
/// cosine(steps: T, minimum: η)       CosineAnnealingLR  η + (lr − η)(1 + cos(π t/T))/2
/// warmup(steps: T, start: a)         LinearLR           lr · (a + (1 − a)·min(t, T)/T)
/// sequence([s₁, s₂, …])              SequentialLR       s₁ for its T₁ steps, then s₂ from its own t = 0, …
/// ```
///
/// In a sequence every schedule but the last needs a length (warm-up's or cosine's `steps`).
public indirect enum LearningRateSchedule: Sendable, Equatable {
    case stepDecay(every: Int, factor: Double)
    case exponential(gamma: Double)
    case cosine(steps: Int, minimum: Double)
    case warmup(steps: Int, start: Double)
    case sequence([LearningRateSchedule])

    /// The learning rate after `t` scheduler steps from the base rate `base`.
    public func rate(at t: Int, base: Double) -> Double {
        switch self {
        case .stepDecay(let every, let factor):
            return base * pow(factor, Double(t / every))
        case .exponential(let gamma):
            return base * pow(gamma, Double(t))
        case .cosine(let steps, let minimum):
            return minimum + (base - minimum) * (1 + cos(Double.pi * Double(t) / Double(steps))) / 2
        case .warmup(let steps, let start):
            return base * (start + (1 - start) * Double(min(t, steps)) / Double(steps))
        case .sequence(let parts):
            var offset = 0
            for part in parts.dropLast() {
                let length = part.length ?? 0
                if t < offset + length { return part.rate(at: t - offset, base: base) }
                offset += length
            }
            return parts.last?.rate(at: t - offset, base: base) ?? base
        }
    }

    /// The steps this schedule lasts in a sequence: warm-up's and cosine's `steps`; nil otherwise.
    public var length: Int? {
        switch self {
        case .warmup(let steps, _), .cosine(let steps, _): return steps
        case .stepDecay, .exponential: return nil
        case .sequence(let parts): return parts.reduce(0) { sum, part in sum + (part.length ?? 0) }
        }
    }

    /// The schedules in order (one for a single schedule).
    public var parts: [LearningRateSchedule] {
        if case .sequence(let parts) = self { return parts.flatMap(\.parts) }
        return [self]
    }

    /// Checks torch's ranges: `every ≥ 1`, `steps ≥ 1`, `0 < start ≤ 1`, and a length for
    /// every schedule of a sequence but the last.
    public func validate() throws {
        switch self {
        case .stepDecay(let every, let factor):
            if every < 1 { throw OptimizationError.invalidCount(name: "every", value: every) }
            if !factor.isFinite { throw OptimizationError.invalidHyperparameter(name: "factor", value: factor, requirement: "a finite number") }
        case .exponential(let gamma):
            if !gamma.isFinite { throw OptimizationError.invalidHyperparameter(name: "gamma", value: gamma, requirement: "a finite number") }
        case .cosine(let steps, let minimum):
            if steps < 1 { throw OptimizationError.invalidCount(name: "steps", value: steps) }
            if !minimum.isFinite { throw OptimizationError.invalidHyperparameter(name: "min", value: minimum, requirement: "a finite number") }
        case .warmup(let steps, let start):
            if steps < 1 { throw OptimizationError.invalidCount(name: "steps", value: steps) }
            if !(start > 0 && start <= 1) {
                throw OptimizationError.invalidHyperparameter(name: "start", value: start, requirement: "in (0, 1]")
            }
        case .sequence(let parts):
            for part in parts { try part.validate() }
            for part in parts.dropLast() where part.length == nil {
                throw OptimizationError.invalidData(
                    reason: "in a list of schedules only the last may run without end: put warmup or cosine (they have steps) before it")
            }
        }
    }
}

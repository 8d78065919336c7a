import Foundation

extension Optimizer {
    /// The per-parameter state a step table shows for this optimizer, as column prefixes:
    ///
    /// ```
    /// vel   momentum buffer                 sgd family with momentum ≠ 0, rmsprop with momentum > 0
    /// sq    squared-gradient accumulator    adagrad (running sum), rmsprop (running average)
    /// gavg  gradient average                rmsprop centered
    /// m, v  Adam's first and second moments
    /// mhat  m / (1 − β₁ᵗ),  vhat  v / (1 − β₂ᵗ)   (0 before the first step)
    /// ```
    public var stateNames: [String] {
        quantities.map(\.prefix)
    }

    /// The value of state quantity `quantity` (an index into `stateNames`) for parameter `parameter`.
    public func stateValue(_ quantity: Int, parameter: Int) -> Double {
        stateValue(quantities[quantity], parameter: parameter)
    }

    var quantities: [StateQuantity] {
        let h = hyperparameters
        switch kind {
        case .sgd, .momentum, .nesterov:
            return h.momentum != 0 ? [.velocity(slot: 0)] : []
        case .adagrad:
            return [.squares]
        case .rmsprop:
            return [.squares] + (h.momentum > 0 ? [.velocity(slot: 1)] : []) + (h.centered ? [.gradientAverage] : [])
        case .adam, .adamw:
            return [.firstMoment, .secondMoment, .correctedFirstMoment, .correctedSecondMoment]
        }
    }

    func stateValue(_ quantity: StateQuantity, parameter i: Int) -> Double {
        let state = stateBuffer
        let n = dimension
        let t = Double(stepCount)
        switch quantity {
        case .velocity(let slot): return state[slot * n + i]
        case .squares, .firstMoment: return state[i]
        case .secondMoment: return state[n + i]
        case .gradientAverage: return state[2 * n + i]
        case .correctedFirstMoment:
            return stepCount == 0 ? 0 : state[i] / (1 - pow(hyperparameters.beta1, t))
        case .correctedSecondMoment:
            return stepCount == 0 ? 0 : state[n + i] / (1 - pow(hyperparameters.beta2, t))
        }
    }
}

/// One recorded piece of optimizer state; `slot` indexes the optimizer's flat state.
enum StateQuantity: Equatable {
    case velocity(slot: Int)
    case squares
    case gradientAverage
    case firstMoment
    case secondMoment
    case correctedFirstMoment
    case correctedSecondMoment

    var prefix: String {
        switch self {
        case .velocity: "vel"
        case .squares: "sq"
        case .gradientAverage: "gavg"
        case .firstMoment: "m"
        case .secondMoment: "v"
        case .correctedFirstMoment: "mhat"
        case .correctedSecondMoment: "vhat"
        }
    }
}

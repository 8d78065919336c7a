/// The settings of an optimizer, with torch.optim's names, meanings and defaults.
///
/// `Hyperparameters(for: kind)` gives the defaults; each field is used only by the kinds
/// named in its comment and ignored by the others.
///
/// | field                     | torch name                  | default                                  |
/// |---------------------------|-----------------------------|------------------------------------------|
/// | `learningRate`            | `lr`                        | 0.01 sgd family, 1e-2 adagrad and rmsprop, 1e-3 adam and adamw |
/// | `momentum`                | `momentum`                  | 0 sgd and rmsprop, 0.9 momentum and nesterov |
/// | `dampening`               | `dampening`                 | 0                                        |
/// | `weightDecay`             | `weight_decay`              | 0, except 0.01 for adamw                 |
/// | `alpha`                   | `alpha`                     | 0.99 (rmsprop)                           |
/// | `centered`                | `centered`                  | false (rmsprop)                          |
/// | `beta1`, `beta2`          | `betas`                     | 0.9, 0.999 (adam, adamw)                 |
/// | `epsilon`                 | `eps`                       | 1e-10 adagrad, 1e-8 rmsprop, adam, adamw |
/// | `learningRateDecay`       | `lr_decay`                  | 0 (adagrad)                              |
/// | `initialAccumulatorValue` | `initial_accumulator_value` | 0 (adagrad)                              |
///
/// torch ≥ 2.2 gives `SGD` a default `lr` of 1e-3; Descent uses 0.01 for the SGD family so
/// that a default run of 100 steps visibly moves.
public struct Hyperparameters: Sendable, Equatable {
    /// Step size `lr` (all kinds).
    public var learningRate: Double
    /// Momentum factor (sgd family; rmsprop's optional momentum).
    public var momentum: Double
    /// Dampening of the momentum buffer's gradient term (sgd family).
    public var dampening: Double
    /// L2 penalty added to the gradient; decoupled decay for adamw.
    public var weightDecay: Double
    /// Smoothing constant of rmsprop's squared-gradient average.
    public var alpha: Double
    /// rmsprop divides by the estimated variance rather than the raw second moment.
    public var centered: Bool
    /// Decay of Adam's first moment.
    public var beta1: Double
    /// Decay of Adam's second moment.
    public var beta2: Double
    /// Term added to the denominator for numerical stability.
    public var epsilon: Double
    /// Adagrad's learning-rate decay: `clr = lr / (1 + (t - 1) * lr_decay)`.
    public var learningRateDecay: Double
    /// Adagrad's starting value of the squared-gradient sum.
    public var initialAccumulatorValue: Double
    /// Descent's stopping rule `rtol` (not torch's): stop when |f_k − f_{k−1}| < rtol · max(|f_{k−1}|, tiny); 0 never stops.
    public var relativeTolerance: Double = 0
    /// The learning-rate schedule applied per step (torch.optim.lr_scheduler); nil keeps `lr` fixed.
    public var schedule: LearningRateSchedule?

    /// The defaults of `kind`.
    public init(for kind: OptimizerKind) {
        switch kind {
        case .sgd, .momentum, .nesterov: learningRate = 0.01
        case .adagrad, .rmsprop: learningRate = 1e-2
        case .adam, .adamw: learningRate = 1e-3
        }
        momentum = (kind == .momentum || kind == .nesterov) ? 0.9 : 0
        dampening = 0
        weightDecay = kind == .adamw ? 0.01 : 0
        alpha = 0.99
        centered = false
        beta1 = 0.9
        beta2 = 0.999
        epsilon = kind == .adagrad ? 1e-10 : 1e-8
        learningRateDecay = 0
        initialAccumulatorValue = 0
    }

    /// The torch names a student may set for `kind` (Adam's `betas` as `beta1` and `beta2`).
    public static func names(for kind: OptimizerKind) -> [String] {
        switch kind {
        case .sgd, .momentum, .nesterov: ["lr", "momentum", "dampening", "weight_decay"]
        case .adagrad: ["lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"]
        case .rmsprop: ["lr", "alpha", "eps", "weight_decay", "momentum", "centered"]
        case .adam, .adamw: ["lr", "beta1", "beta2", "eps", "weight_decay"]
        }
    }

    /// Sets the hyperparameter with torch's name `name` (`centered` takes 0 or 1).
    ///
    /// - Throws: `OptimizationError.unknownHyperparameter` if `kind` has no such setting.
    public mutating func set(_ name: String, to value: Double, for kind: OptimizerKind) throws {
        let known = Self.names(for: kind)
        guard known.contains(name) else {
            throw OptimizationError.unknownHyperparameter(name: name, known: known)
        }
        switch name {
        case "lr": learningRate = value
        case "momentum": momentum = value
        case "dampening": dampening = value
        case "weight_decay": weightDecay = value
        case "alpha": alpha = value
        case "centered": centered = value != 0
        case "beta1": beta1 = value
        case "beta2": beta2 = value
        case "eps": epsilon = value
        case "lr_decay": learningRateDecay = value
        default: initialAccumulatorValue = value
        }
    }

    /// Checks the ranges torch.optim checks.
    ///
    /// ```
    /// lr ≥ 0, eps ≥ 0, weight_decay ≥ 0, momentum ≥ 0, alpha ≥ 0,
    /// 0 ≤ beta1 < 1, 0 ≤ beta2 < 1, lr_decay ≥ 0, initial_accumulator_value ≥ 0,
    /// nesterov ⇒ momentum > 0 and dampening = 0
    /// ```
    public func validate(for kind: OptimizerKind) throws {
        func require(_ ok: Bool, _ name: String, _ value: Double, _ requirement: String) throws {
            if !ok || value.isNaN {
                throw OptimizationError.invalidHyperparameter(name: name, value: value, requirement: requirement)
            }
        }
        try require(learningRate >= 0 && learningRate.isFinite, "lr", learningRate, "a finite number ≥ 0")
        try require(epsilon >= 0, "eps", epsilon, "≥ 0")
        try require(weightDecay >= 0, "weight_decay", weightDecay, "≥ 0")
        try require(momentum >= 0, "momentum", momentum, "≥ 0")
        try require(alpha >= 0, "alpha", alpha, "≥ 0")
        try require((0..<1).contains(beta1), "beta1", beta1, "in [0, 1)")
        try require((0..<1).contains(beta2), "beta2", beta2, "in [0, 1)")
        try require(learningRateDecay >= 0, "lr_decay", learningRateDecay, "≥ 0")
        try require(initialAccumulatorValue >= 0, "initial_accumulator_value", initialAccumulatorValue, "≥ 0")
        try require(relativeTolerance >= 0, "rtol", relativeTolerance, "≥ 0")
        try schedule?.validate()
        if kind == .nesterov && (momentum <= 0 || dampening != 0) {
            throw OptimizationError.nesterovRequiresMomentumWithoutDampening
        }
    }
}

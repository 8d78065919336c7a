/// The optimisation methods a student can choose, named as they type them.
///
/// Each follows the update rule documented for the `torch.optim` class named beside it:
///
/// | kind       | torch.optim                        |
/// |------------|------------------------------------|
/// | `sgd`      | `SGD` (momentum 0)                 |
/// | `momentum` | `SGD(momentum=0.9)`                |
/// | `nesterov` | `SGD(momentum=0.9, nesterov=True)` |
/// | `adagrad`  | `Adagrad`                          |
/// | `rmsprop`  | `RMSprop`                          |
/// | `adam`     | `Adam`                             |
/// | `adamw`    | `AdamW`                            |
public enum OptimizerKind: String, CaseIterable, Sendable {
    case sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw

    /// Whether the kind is plain or momentum SGD (`torch.optim.SGD`).
    public var isSGDFamily: Bool {
        switch self {
        case .sgd, .momentum, .nesterov: true
        case .adagrad, .rmsprop, .adam, .adamw: false
        }
    }

    /// Whether the kind keeps Adam's first and second moments.
    public var isAdamFamily: Bool { self == .adam || self == .adamw }
}

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
}

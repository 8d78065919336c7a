/// Why an optimisation or experiment could not start. Holds data only; the Kernel words it.
public enum OptimizationError: Error, Equatable, Sendable {
    /// A hyperparameter outside the range torch accepts (`name` is torch's spelling, e.g. `lr`).
    case invalidHyperparameter(name: String, value: Double, requirement: String)
    /// `nesterov` needs `momentum > 0` and `dampening == 0`, as in torch.
    case nesterovRequiresMomentumWithoutDampening
    /// A hyperparameter name that no optimizer has.
    case unknownHyperparameter(name: String, known: [String])
    /// The start point, or another vector, has the wrong number of coordinates.
    case dimensionMismatch(expected: Int, actual: Int)
    /// A count (steps, depth, width, batch size, samples) that must be positive, or at least zero.
    case invalidCount(name: String, value: Int)
    /// Data with no samples, or inputs and targets of different lengths.
    case invalidData(reason: String)
}

/// How values are spread along a scale: bar lengths, contour levels.
public enum Spacing: Sendable, Hashable {
    /// Equal steps of value.
    case linear
    /// Equal ratios of value (each step multiplies by the same factor): for values
    /// spanning several powers of ten, such as losses or the Rosenbrock function.
    case logarithmic
}

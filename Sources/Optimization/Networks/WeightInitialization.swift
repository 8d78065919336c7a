/// How a layer's weights are drawn: independent normal samples N(0, std²), with
///
/// ```
/// normal(std)  the given std
/// xavier       std = √(2 / (fan_in + fan_out))     (Glorot normal)
/// he           std = √(2 / fan_in)                  (Kaiming normal, for relu)
/// ```
///
/// Biases start at 0.
public enum WeightInitialization: Sendable, Equatable {
    case normal(std: Double)
    case xavier
    case he

    /// The standard deviation for a layer with `fanIn` inputs and `fanOut` outputs.
    public func standardDeviation(fanIn: Int, fanOut: Int) -> Double {
        switch self {
        case .normal(let std): std
        case .xavier: (2 / Double(fanIn + fanOut)).squareRoot()
        case .he: (2 / Double(fanIn)).squareRoot()
        }
    }
}

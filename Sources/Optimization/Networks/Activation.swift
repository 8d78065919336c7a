import Foundation

/// A unit's nonlinearity and its derivative.
///
/// ```
/// sigmoid  σ(z) = 1 / (1 + e^−z)    σ'(z) = σ(z)(1 − σ(z))    ≤ 1/4
/// tanh     tanh z                    1 − tanh² z               ≤ 1
/// relu     max(z, 0)                 1 for z > 0, else 0       (relu'(0) = 0, as torch)
/// ```
public enum Activation: String, CaseIterable, Sendable {
    case sigmoid, tanh, relu

    /// The activation at `z`.
    public func callAsFunction(_ z: Double) -> Double {
        switch self {
        case .sigmoid: 1 / (1 + exp(-z))
        case .tanh: Foundation.tanh(z)
        case .relu: max(z, 0)
        }
    }

    /// The derivative at `z`.
    public func derivative(_ z: Double) -> Double {
        switch self {
        case .sigmoid:
            let s = self(z)
            return s * (1 - s)
        case .tanh:
            let t = Foundation.tanh(z)
            return 1 - t * t
        case .relu:
            return z > 0 ? 1 : 0
        }
    }
}

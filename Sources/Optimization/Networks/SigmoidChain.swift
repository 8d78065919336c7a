/// The scalar view of vanishing gradients: σ composed with itself n times.
///
/// With s₀ = x and s_k = σ(s_{k−1}), the chain rule gives
///
/// ```
/// d/dx σⁿ(x) = Π_{k=0}^{n−1} σ'(s_k) = Π σ(s_k)(1 − σ(s_k))     ≤ (1/4)ⁿ
/// ```
public struct SigmoidChain: Sendable {
    /// The point x.
    public let point: Double
    /// `values[n − 1] = σⁿ(x)` for n = 1 … depth.
    public let values: [Double]
    /// `derivatives[n − 1] = d/dx σⁿ(x)` for n = 1 … depth.
    public let derivatives: [Double]

    /// The chain at `x` for n = 1 … `depth`.
    public init(at x: Double, depth: Int) {
        point = x
        var s = x
        var product = 1.0
        var values: [Double] = []
        var derivatives: [Double] = []
        for _ in 0..<max(depth, 0) {
            product *= Activation.sigmoid.derivative(s)
            s = Activation.sigmoid(s)
            values.append(s)
            derivatives.append(product)
        }
        self.values = values
        self.derivatives = derivatives
    }
}

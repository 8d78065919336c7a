/// A model h(x; θ) to fit, given per sample with its parameter gradient.
///
/// ```
/// h = evaluate(x, θ, gradient)      gradient[j] ← ∂h/∂θⱼ (x; θ)
/// ```
///
/// As with `Objective`, the buffers belong to the caller and the closure must write every
/// gradient entry, so the Kernel can pass a compiled expression and fitting allocates nothing
/// per sample.
public struct Model: Sendable {
    /// The closure shape: reads one input and the parameters, writes ∂h/∂θ, returns h.
    public typealias Evaluation = @Sendable (
        _ input: UnsafeBufferPointer<Double>,
        _ parameters: UnsafeBufferPointer<Double>,
        _ gradient: UnsafeMutableBufferPointer<Double>
    ) -> Double

    /// The parameter names, in the order of θ.
    public let parameterNames: [String]
    /// h and ∂h/∂θ for one sample.
    public let evaluate: Evaluation

    /// Creates a model from its parameter names and its value-and-gradient closure.
    public init(parameterNames: [String], evaluate: @escaping Evaluation) {
        self.parameterNames = parameterNames
        self.evaluate = evaluate
    }
}

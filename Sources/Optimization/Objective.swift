/// A differentiable function of named real parameters: the thing an optimizer minimises.
///
/// One call computes both the loss and its gradient:
///
/// ```
/// loss = f(θ)
/// gradient[i] = ∂f/∂θᵢ (θ)      for i in 0 ..< parameterNames.count
/// ```
///
/// The closure receives the point and a gradient buffer owned by the caller, so the
/// optimisation loop evaluates it millions of times without allocating. It must write
/// every gradient entry, must not keep either pointer beyond the call, and must not read
/// the gradient buffer before writing it.
public struct Objective: Sendable {
    /// The closure shape: reads `point`, writes `gradient`, returns the loss.
    public typealias Evaluation = @Sendable (
        _ point: UnsafeBufferPointer<Double>,
        _ gradient: UnsafeMutableBufferPointer<Double>
    ) -> Double

    /// The parameter names, in the order of the point's coordinates.
    public let parameterNames: [String]
    /// Loss and gradient in one call.
    public let evaluate: Evaluation

    /// The number of parameters.
    public var dimension: Int { parameterNames.count }

    /// Creates an objective from its parameter names and its loss-and-gradient closure.
    public init(parameterNames: [String], evaluate: @escaping Evaluation) {
        self.parameterNames = parameterNames
        self.evaluate = evaluate
    }

    /// Evaluates the objective at `point`, allocating the gradient (for use outside hot loops).
    public func callAsFunction(_ point: [Double]) -> (loss: Double, gradient: [Double]) {
        precondition(point.count == dimension, "point has \(point.count) coordinates, expected \(dimension)")
        var gradient = [Double](repeating: 0, count: dimension)
        let loss = point.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in evaluate(p, g) }
        }
        return (loss, gradient)
    }
}

/// The result of `Network.backward(on:)`.
public struct NetworkGradients: Sendable {
    /// L on the batch.
    public let loss: Double
    /// ∂L/∂W_l, row-major like `Network.weights`.
    public let weights: [[Double]]
    /// ∂L/∂b_l.
    public let biases: [[Double]]
    /// x_1 … x_depth: each layer's outputs, per sample.
    public let activations: [[[Double]]]
    /// ∂L/∂γ_l and ∂L/∂β_l of batch normalisation (empty without it).
    public internal(set) var scales: [[Double]] = [], shifts: [[Double]] = []
}

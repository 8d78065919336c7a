/// The `layers` experiment: how large each layer's weight gradient is in a deep network.
///
/// Draws a batch of `batchSize` standard normal inputs, then the weights, from one
/// `SeededRandom(seed:)`, runs `Network.backward(on:)` once and reports per layer
///
/// ```
/// gradientNorm         ‖∂L/∂W_l‖_F                         (Frobenius norm of the weight gradient)
/// clippedGradientNorm  scale · ‖∂L/∂W_l‖_F
/// activationMean, activationStd   mean and population std of x_{l+1} over batch × units
/// ```
///
/// Clipping follows `torch.nn.utils.clip_grad_norm_` over all weights and biases:
///
/// ```
/// total = √(Σ_l ‖∂L/∂W_l‖² + ‖∂L/∂b_l‖² (+ ‖∂L/∂γ_l‖² + ‖∂L/∂β_l‖² with batchNorm))
/// scale = min(1, clip / (total + 1e-6))          (scale = 1 without clip)
/// ```
public struct GradientFlow: Sendable {
    /// One layer's numbers; `layer` counts from 1 at the input side.
    public struct Layer: Sendable, Equatable {
        public let layer: Int
        public let gradientNorm: Double
        public let clippedGradientNorm: Double
        public let activationMean: Double
        public let activationStd: Double
    }

    /// Layers from the input side to the output.
    public let layers: [Layer]
    /// L on the batch.
    public let loss: Double
    /// The global gradient norm over all weights and biases, before clipping.
    public let totalNorm: Double
    /// The factor applied by clipping (1 when not clipped).
    public let clipScale: Double
    /// The network measured, with the gradients on `inputs`.
    public let network: Network
    /// The batch used.
    public let inputs: [[Double]]

    /// Builds the network and measures it.
    ///
    /// - Throws: `OptimizationError.invalidCount` for depth, width or batch size below 1,
    ///   `invalidHyperparameter` for a clip threshold that is not positive.
    public init(
        depth: Int, width: Int, activation: Activation, initialization: WeightInitialization,
        residual: Bool = false, batchNorm: Bool = false, clip: Double? = nil, batchSize: Int = 32, seed: UInt64 = 0
    ) throws {
        for (name, value) in [("depth", depth), ("width", width), ("batch", batchSize)] where value < 1 {
            throw OptimizationError.invalidCount(name: name, value: value)
        }
        if let clip, !(clip > 0) {
            throw OptimizationError.invalidHyperparameter(name: "clip", value: clip, requirement: "> 0")
        }
        var random = SeededRandom(seed: seed)
        let inputs = (0..<batchSize).map { _ in (0..<width).map { _ in random.normal() } }
        let network = Network(
            depth: depth, width: width, activation: activation, initialization: initialization,
            residual: residual, batchNorm: batchNorm, random: &random)
        let gradients = network.backward(on: inputs)
        let weightNorms = gradients.weights.map(Self.norm)
        let total = zip(weightNorms, gradients.biases.map(Self.norm))
            .reduce(0) { $0 + $1.0 * $1.0 + $1.1 * $1.1 }
            .advanced(by: (gradients.scales + gradients.shifts).reduce(0) { $0 + Self.norm($1) * Self.norm($1) }).squareRoot()
        let scale = clip.map { min(1, $0 / (total + 1e-6)) } ?? 1
        layers = weightNorms.indices.map { l in
            let values = gradients.activations[l].flatMap { $0 }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            return Layer(
                layer: l + 1, gradientNorm: weightNorms[l], clippedGradientNorm: weightNorms[l] * scale,
                activationMean: mean, activationStd: variance.squareRoot())
        }
        loss = gradients.loss
        totalNorm = total
        clipScale = scale
        self.network = network
        self.inputs = inputs
    }

    private static func norm(_ values: [Double]) -> Double {
        values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}

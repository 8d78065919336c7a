/// A fully connected network of `depth` layers of `width` units, for watching gradients
/// vanish or explode.
///
/// With x₀ the input (width numbers), layer l = 0 … depth − 1 computes
///
/// ```
/// z_l = W_l x_l + b_l
/// x_{l+1} = act(z_l)                 (l = 0, or residual == false)
/// x_{l+1} = x_l + act(z_l)           (l ≥ 1 and residual == true)
/// ```
///
/// With `batchNorm`, z_l is replaced by its `BatchNormalization` over the batch before
/// the activation, with its own scale γ_l (1 at init) and shift β_l (0).
///
/// and the loss on a batch of B inputs is half the mean squared output:
/// `L = 1/(2B) · Σ_b ‖x_depth(b)‖²`. Weights are row-major: `weights[l][o * width + i]`
/// multiplies input unit i into output unit o.
public struct Network: Sendable {
    /// Units per layer (and inputs).
    public let width: Int
    /// The nonlinearity of every layer.
    public let activation: Activation
    /// Whether layers after the first add their input to their output.
    public let residual: Bool
    /// W_l, row-major width × width.
    public var weights: [[Double]]
    /// b_l.
    public var biases: [[Double]]
    /// Whether each layer normalises z_l over the batch before its activation.
    public let batchNorm: Bool
    /// γ_l and β_l of batch normalisation (unused without it).
    public var scales: [[Double]], shifts: [[Double]]

    /// The number of layers.
    public var depth: Int { weights.count }

    /// A network with weights drawn from `random` layer by layer, row by row, and zero biases.
    public init(
        depth: Int, width: Int, activation: Activation, initialization: WeightInitialization,
        residual: Bool = false, batchNorm: Bool = false, random: inout SeededRandom
    ) {
        self.batchNorm = batchNorm
        scales = Array(repeating: Array(repeating: 1, count: width), count: depth)
        shifts = Array(repeating: Array(repeating: 0, count: width), count: depth)
        self.width = width
        self.activation = activation
        self.residual = residual
        let std = initialization.standardDeviation(fanIn: width, fanOut: width)
        weights = (0..<depth).map { _ in (0..<width * width).map { _ in std * random.normal() } }
        biases = Array(repeating: Array(repeating: 0, count: width), count: depth)
    }

    /// The loss L on `inputs` (each of `width` numbers).
    public func loss(on inputs: [[Double]]) -> Double {
        forward(inputs).loss
    }

    /// Loss, activations and the gradient of every weight and bias by backpropagation:
    ///
    /// ```
    /// ∂L/∂x_depth = x_depth / B
    /// ∂L/∂z_l = ∂L/∂x_{l+1} ⊙ act'(z_l)
    /// ∂L/∂W_l = Σ_b ∂L/∂z_l · x_lᵀ,   ∂L/∂b_l = Σ_b ∂L/∂z_l
    /// ∂L/∂x_l = W_lᵀ ∂L/∂z_l  (+ ∂L/∂x_{l+1} when layer l is residual)
    /// ```
    public func backward(on inputs: [[Double]]) -> NetworkGradients {
        let pass = forward(inputs)
        let batch = inputs.count
        var weightGradients = Array(repeating: [Double](repeating: 0, count: width * width), count: depth)
        var biasGradients = Array(repeating: [Double](repeating: 0, count: width), count: depth)
        var scaleGradients = batchNorm ? scales : [], shiftGradients = batchNorm ? shifts : []
        var upstream = pass.states[depth].map { $0.map { $0 / Double(batch) } }
        for l in stride(from: depth - 1, through: 0, by: -1) {
            var below = Array(repeating: [Double](repeating: 0, count: width), count: batch)
            var dzs = (0..<batch).map { b in (0..<width).map { o in upstream[b][o] * activation.derivative(pass.preactivations[l][b][o]) } }
            if let cache = pass.normalizations[l] {
                let normalized = BatchNormalization.backward(dzs, cache: cache, scale: scales[l])
                (dzs, scaleGradients[l], shiftGradients[l]) = (normalized.input, normalized.scale, normalized.shift)
            }
            for b in 0..<batch {
                let x = pass.states[l][b]
                for o in 0..<width {
                    let dz = dzs[b][o]
                    biasGradients[l][o] += dz
                    for i in 0..<width {
                        weightGradients[l][o * width + i] += dz * x[i]
                        below[b][i] += weights[l][o * width + i] * dz
                    }
                }
                if residual && l >= 1 {
                    for i in 0..<width { below[b][i] += upstream[b][i] }
                }
            }
            upstream = below
        }
        var gradients = NetworkGradients(
            loss: pass.loss, weights: weightGradients, biases: biasGradients,
            activations: Array(pass.states.dropFirst()))
        (gradients.scales, gradients.shifts) = (scaleGradients, shiftGradients)
        return gradients
    }

    /// x_0 … x_depth per sample, z_0 … z_{depth−1} per sample (normalised with batchNorm),
    /// each layer's normalisation cache, and the loss.
    private func forward(_ inputs: [[Double]])
        -> (states: [[[Double]]], preactivations: [[[Double]]], normalizations: [BatchNormalization.Cache?], loss: Double)
    {
        var states = [inputs]
        var preactivations: [[[Double]]] = []
        var normalizations: [BatchNormalization.Cache?] = []
        for l in 0..<depth {
            let x = states[l]
            var z = x.map { sample in
                (0..<width).map { o in
                    var sum = biases[l][o]
                    for i in 0..<width { sum += weights[l][o * width + i] * sample[i] }
                    return sum
                }
            }
            var cache: BatchNormalization.Cache?
            if batchNorm { (z, cache) = BatchNormalization.forward(z, scale: scales[l], shift: shifts[l]) }
            normalizations.append(cache)
            let skip = residual && l >= 1
            let next = zip(x, z).map { sample, zs in
                (0..<width).map { o in (skip ? sample[o] : 0) + activation(zs[o]) }
            }
            preactivations.append(z)
            states.append(next)
        }
        let squares = states[depth].reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } }
        return (states, preactivations, normalizations, squares / (2 * Double(inputs.count)))
    }
}

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

    /// The number of layers.
    public var depth: Int { weights.count }

    /// A network with weights drawn from `random` layer by layer, row by row, and zero biases.
    public init(
        depth: Int, width: Int, activation: Activation, initialization: WeightInitialization,
        residual: Bool = false, random: inout SeededRandom
    ) {
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
        var upstream = pass.states[depth].map { $0.map { $0 / Double(batch) } }
        for l in stride(from: depth - 1, through: 0, by: -1) {
            var below = Array(repeating: [Double](repeating: 0, count: width), count: batch)
            for b in 0..<batch {
                let x = pass.states[l][b]
                for o in 0..<width {
                    let dz = upstream[b][o] * activation.derivative(pass.preactivations[l][b][o])
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
        return NetworkGradients(
            loss: pass.loss, weights: weightGradients, biases: biasGradients,
            activations: Array(pass.states.dropFirst()))
    }

    /// x_0 … x_depth per sample, z_0 … z_{depth−1} per sample, and the loss.
    private func forward(_ inputs: [[Double]]) -> (states: [[[Double]]], preactivations: [[[Double]]], loss: Double) {
        var states = [inputs]
        var preactivations: [[[Double]]] = []
        for l in 0..<depth {
            let x = states[l]
            let z = x.map { sample in
                (0..<width).map { o in
                    var sum = biases[l][o]
                    for i in 0..<width { sum += weights[l][o * width + i] * sample[i] }
                    return sum
                }
            }
            let skip = residual && l >= 1
            let next = zip(x, z).map { sample, zs in
                (0..<width).map { o in (skip ? sample[o] : 0) + activation(zs[o]) }
            }
            preactivations.append(z)
            states.append(next)
        }
        let squares = states[depth].reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } }
        return (states, preactivations, squares / (2 * Double(inputs.count)))
    }
}

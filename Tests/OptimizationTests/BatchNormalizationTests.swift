import Foundation
import Testing
import Optimization

/// Batch normalisation in `layers`: exact gradients, and gradients that no longer vanish.
@Suite struct BatchNormalizationTests {
    static func network(_ activation: Activation, depth: Int = 3, width: Int = 4, seed: UInt64 = 7)
        -> (network: Network, inputs: [[Double]])
    {
        var random = SeededRandom(seed: seed)
        let inputs = (0..<5).map { _ in (0..<width).map { _ in random.normal() } }
        var network = Network(depth: depth, width: width, activation: activation, initialization: .xavier,
                              batchNorm: true, random: &random)
        for l in 0..<depth {
            network.scales[l] = (0..<width).map { 1 + 0.1 * Double($0 + l) }
            network.shifts[l] = (0..<width).map { 0.05 * Double($0) - 0.1 }
        }
        return (network, inputs)
    }

    /// Central differences with h = 1e-6 against backpropagation through the normalisation.
    @Test(arguments: [Activation.sigmoid, .tanh])
    func gradientsMatchFiniteDifferences(_ activation: Activation) {
        let (network, inputs) = Self.network(activation)
        let gradients = network.backward(on: inputs)
        let h = 1e-6
        func difference(_ change: (inout Network, Double) -> Void) -> Double {
            var plus = network, minus = network
            change(&plus, h)
            change(&minus, -h)
            return (plus.loss(on: inputs) - minus.loss(on: inputs)) / (2 * h)
        }
        for l in 0..<network.depth {
            for k in [0, 5, 15] {
                let numeric = difference { $0.weights[l][k] += $1 }
                #expect(abs(gradients.weights[l][k] - numeric) <= 1e-7 * max(1, abs(numeric)), "W[\(l)][\(k)]")
            }
            for o in 0..<network.width {
                let scale = difference { $0.scales[l][o] += $1 }
                let shift = difference { $0.shifts[l][o] += $1 }
                #expect(abs(gradients.scales[l][o] - scale) <= 1e-7 * max(1, abs(scale)), "γ[\(l)][\(o)]")
                #expect(abs(gradients.shifts[l][o] - shift) <= 1e-7 * max(1, abs(shift)), "β[\(l)][\(o)]")
                #expect(abs(gradients.biases[l][o]) <= 1e-12, "a bias before normalisation has no effect")
            }
        }
    }

    /// One unit: z = w·x + b normalised is w(x − μ)/√(w²σ² + ε) whatever b, as torch's
    /// BatchNorm1d(1) in training mode gives for the batch x = [1, 2, 3, 6].
    @Test func oneUnitIsNormalisedOverTheBatch() {
        var random = SeededRandom(seed: 3)
        var network = Network(depth: 1, width: 1, activation: .sigmoid, initialization: .xavier, batchNorm: true, random: &random)
        network.biases[0][0] = 0.7
        let xs = [1.0, 2, 3, 6]
        let outputs = network.backward(on: xs.map { [$0] }).activations[0].map { $0[0] }
        let w = network.weights[0][0]
        let deviation = (w * w * 3.5 + 1e-5).squareRoot()  // μ = 3, σ² = (4 + 1 + 0 + 9)/4 = 3.5
        for (x, y) in zip(xs, outputs) {
            let expected = 1 / (1 + exp(-(w * (x - 3) / deviation)))
            #expect(abs(y - expected) <= 1e-12)
        }
    }

    /// A 20-layer sigmoid network, seed 1: without normalisation the first layer's gradient is
    /// about 3e-13; with it, about 0.14.
    @Test func batchNormKeepsTheFirstLayersGradientAlive() throws {
        let plain = try GradientFlow(depth: 20, width: 16, activation: .sigmoid, initialization: .xavier, seed: 1)
        let normalised = try GradientFlow(depth: 20, width: 16, activation: .sigmoid, initialization: .xavier,
                                          batchNorm: true, seed: 1)
        let ratio = normalised.layers[0].gradientNorm / plain.layers[0].gradientNorm
        #expect(ratio > 1e10)
        #expect(normalised.layers[0].gradientNorm / normalised.layers[19].gradientNorm > 0.1)
    }
}

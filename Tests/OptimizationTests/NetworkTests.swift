import Foundation
import Testing
import Optimization

@Suite struct NetworkTests {
    struct Shape: CustomTestStringConvertible, Sendable {
        let activation: Activation
        let residual: Bool
        var testDescription: String { "\(activation)\(residual ? ", residual" : "")" }
    }

    static let shapes = Activation.allCases.flatMap { a in [false, true].map { Shape(activation: a, residual: $0) } }

    /// Every weight and bias gradient of a depth-3, width-4 network against central differences.
    @Test(arguments: shapes)
    func backpropagationMatchesFiniteDifferences(_ shape: Shape) {
        var random = SeededRandom(seed: 11)
        let inputs = (0..<5).map { _ in (0..<4).map { _ in random.normal() } }
        var network = Network(
            depth: 3, width: 4, activation: shape.activation, initialization: .normal(std: 0.8),
            residual: shape.residual, random: &random)
        for l in 0..<3 { network.biases[l] = (0..<4).map { _ in 0.3 * random.normal() } }
        let gradients = network.backward(on: inputs)
        #expect(abs(gradients.loss - network.loss(on: inputs)) < 1e-15)
        let h = 1e-6
        for l in 0..<3 {
            for j in 0..<16 {
                var up = network, down = network
                up.weights[l][j] += h
                down.weights[l][j] -= h
                let numeric = (up.loss(on: inputs) - down.loss(on: inputs)) / (2 * h)
                #expect(abs(numeric - gradients.weights[l][j]) < 1e-7 * max(1, abs(numeric)), "W\(l)[\(j)]")
            }
            for j in 0..<4 {
                var up = network, down = network
                up.biases[l][j] += h
                down.biases[l][j] -= h
                let numeric = (up.loss(on: inputs) - down.loss(on: inputs)) / (2 * h)
                #expect(abs(numeric - gradients.biases[l][j]) < 1e-7 * max(1, abs(numeric)), "b\(l)[\(j)]")
            }
        }
    }

    @Test func initializationsHaveTheirStandardDeviations() {
        #expect(WeightInitialization.xavier.standardDeviation(fanIn: 100, fanOut: 100) == 0.1)
        #expect(WeightInitialization.he.standardDeviation(fanIn: 50, fanOut: 100) == 0.2)
        var random = SeededRandom(seed: 5)
        let network = Network(depth: 1, width: 200, activation: .relu, initialization: .he, random: &random)
        let w = network.weights[0]
        let std = (w.reduce(0) { $0 + $1 * $1 } / Double(w.count)).squareRoot()
        #expect(abs(std - 0.1) < 0.002)
    }

    @Test func sigmoidGradientsVanishTowardsTheInput() throws {
        let flow = try GradientFlow(depth: 10, width: 32, activation: .sigmoid, initialization: .xavier, seed: 1)
        #expect(flow.layers.count == 10)
        #expect(flow.layers[0].gradientNorm < 1e-3 * flow.layers[9].gradientNorm)
        #expect(flow.layers.map(\.layer) == Array(1...10))
        #expect(flow.clipScale == 1)
    }

    @Test func residualConnectionsKeepGradientsAlive() throws {
        let plain = try GradientFlow(depth: 10, width: 32, activation: .sigmoid, initialization: .xavier, seed: 1)
        let residual = try GradientFlow(
            depth: 10, width: 32, activation: .sigmoid, initialization: .xavier, residual: true, seed: 1)
        #expect(residual.layers[0].gradientNorm > 1e3 * plain.layers[0].gradientNorm)
    }

    @Test func clippingScalesTheGlobalNormDownToTheThreshold() throws {
        let free = try GradientFlow(depth: 6, width: 16, activation: .relu, initialization: .normal(std: 1), seed: 2)
        let clip = free.totalNorm / 10
        let clipped = try GradientFlow(
            depth: 6, width: 16, activation: .relu, initialization: .normal(std: 1), clip: clip, seed: 2)
        #expect(clipped.totalNorm == free.totalNorm)
        #expect(clipped.clipScale == clip / (free.totalNorm + 1e-6))
        for (a, b) in zip(free.layers, clipped.layers) {
            #expect(b.gradientNorm == a.gradientNorm)
            #expect(abs(b.clippedGradientNorm - a.gradientNorm * clipped.clipScale) <= 1e-15 * a.gradientNorm)
        }
        let loose = try GradientFlow(
            depth: 6, width: 16, activation: .relu, initialization: .normal(std: 1), clip: free.totalNorm * 2, seed: 2)
        #expect(loose.clipScale == 1)
        #expect(throws: OptimizationError.self) {
            try GradientFlow(depth: 2, width: 2, activation: .relu, initialization: .he, clip: 0)
        }
    }

    @Test func activationStatisticsDescribeEachLayer() throws {
        let flow = try GradientFlow(depth: 3, width: 8, activation: .relu, initialization: .he, batchSize: 4, seed: 3)
        let outputs = flow.network.backward(on: flow.inputs).activations[2].flatMap { $0 }
        let mean = outputs.reduce(0, +) / 32
        #expect(abs(flow.layers[2].activationMean - mean) < 1e-15)
        #expect(outputs.allSatisfy { $0 >= 0 })
    }

    @Test func sigmoidChainShrinksByAtLeastAQuarterPerLayer() {
        let chain = SigmoidChain(at: 0, depth: 10)
        #expect(chain.derivatives[0] == 0.25)
        let s1 = 1 / (1 + exp(-0.0))
        #expect(abs(chain.derivatives[1] - 0.25 * (1 / (1 + exp(-s1))) * (1 - 1 / (1 + exp(-s1)))) < 1e-16)
        for n in 1..<10 {
            #expect(chain.derivatives[n] <= chain.derivatives[n - 1] / 4)
        }
        // σ∘σ∘σ by central differences
        func sigma3(_ x: Double) -> Double { (0..<3).reduce(x) { s, _ in 1 / (1 + exp(-s)) } }
        let numeric = (sigma3(1e-5) - sigma3(-1e-5)) / 2e-5
        #expect(abs(chain.derivatives[2] - numeric) < 1e-10)
        #expect(abs(chain.values[2] - sigma3(0)) < 1e-16)
    }
}

import Foundation

/// Batch normalisation of a layer's pre-activations, as torch.nn.BatchNorm1d computes it in
/// training mode: each unit is normalised over the batch, then scaled and shifted.
///
/// For unit o over a batch of B samples, with γ the scale (1 at init), β the shift (0),
/// ε = 1e-5 and the biased variance:
///
/// ```
/// μ = (1/B) Σ_b z_b,   σ² = (1/B) Σ_b (z_b − μ)²,   ẑ_b = (z_b − μ) / √(σ² + ε)
/// y_b = γ ẑ_b + β
/// ∂L/∂γ = Σ_b ∂L/∂y_b · ẑ_b,   ∂L/∂β = Σ_b ∂L/∂y_b
/// ∂L/∂z_b = γ / (B √(σ² + ε)) · (B ∂L/∂y_b − Σ_c ∂L/∂y_c − ẑ_b Σ_c ∂L/∂y_c ẑ_c)
/// ```
///
/// Every layer's output then has mean β and spread γ whatever the weights, which keeps a
/// sigmoid out of its flat tails and the gradient from vanishing with depth.
enum BatchNormalization {
    /// torch's default ε.
    static let epsilon = 1e-5

    /// What the backward pass needs from the forward pass.
    struct Cache: Sendable {
        /// ẑ per sample and unit.
        var normalized: [[Double]]
        /// 1/√(σ² + ε) per unit.
        var inverseDeviation: [Double]
    }

    /// y = γ ẑ + β for a batch `z` (samples × units).
    static func forward(_ z: [[Double]], scale: [Double], shift: [Double]) -> (output: [[Double]], cache: Cache) {
        let batch = Double(z.count)
        let width = scale.count
        var normalized = z
        var inverse = [Double](repeating: 0, count: width)
        for o in 0..<width {
            let mean = z.reduce(0) { $0 + $1[o] } / batch
            let variance = z.reduce(0) { $0 + ($1[o] - mean) * ($1[o] - mean) } / batch
            inverse[o] = 1 / (variance + epsilon).squareRoot()
            for b in z.indices { normalized[b][o] = (z[b][o] - mean) * inverse[o] }
        }
        let output = normalized.map { row in (0..<width).map { o in scale[o] * row[o] + shift[o] } }
        return (output, Cache(normalized: normalized, inverseDeviation: inverse))
    }

    /// ∂L/∂z, ∂L/∂γ and ∂L/∂β from ∂L/∂y.
    static func backward(_ upstream: [[Double]], cache: Cache, scale: [Double])
        -> (input: [[Double]], scale: [Double], shift: [Double])
    {
        let batch = Double(upstream.count)
        let width = scale.count
        var input = upstream
        var scaleGradient = [Double](repeating: 0, count: width)
        var shiftGradient = [Double](repeating: 0, count: width)
        for o in 0..<width {
            for b in upstream.indices {
                shiftGradient[o] += upstream[b][o]
                scaleGradient[o] += upstream[b][o] * cache.normalized[b][o]
            }
            let factor = scale[o] * cache.inverseDeviation[o] / batch
            for b in upstream.indices {
                input[b][o] = factor * (batch * upstream[b][o] - shiftGradient[o] - cache.normalized[b][o] * scaleGradient[o])
            }
        }
        return (input, scaleGradient, shiftGradient)
    }
}

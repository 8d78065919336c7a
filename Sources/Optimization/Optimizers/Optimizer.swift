import Foundation

/// An optimizer of a given kind with its state: one update `step` per gradient.
///
/// The arithmetic repeats torch.optim's single-tensor code operation by operation, as
/// torch's CPU kernels execute it on x86-64 with AVX2 and on ARM64: every `a + s·b` of
/// `add(alpha:)`, `addcmul` and `lerp` is one fused multiply-add (`addingProduct`), and
/// Adam's `√bc₂` is `pow(bc₂, 0.5)`, so a float64 run matches PyTorch digit for digit.
/// With `g` the
/// objective's gradient, `t` the step count after the increment and every operation
/// elementwise:
///
/// ```
/// sgd family  g ← g + weight_decay·θ                        (if weight_decay ≠ 0)
///             buf ← g                                        (first step)
///             buf ← momentum·buf + (1 − dampening)·g         (later steps)
///             d ← g + momentum·buf  (nesterov)   d ← buf  (momentum)   d ← g  (momentum 0)
///             θ ← θ − lr·d
/// adagrad     g ← g + weight_decay·θ
///             clr ← lr / (1 + (t − 1)·lr_decay)
///             sum ← sum + g·g
///             θ ← θ − clr·g / (√sum + eps)
/// rmsprop     g ← g + weight_decay·θ
///             sq ← alpha·sq + (1 − alpha)·g·g
///             gavg ← gavg + (1 − alpha)·(g − gavg);  a ← √(sq − gavg²) + eps   (centered)
///             a ← √sq + eps                                                  (otherwise)
///             buf ← momentum·buf + g / a;  θ ← θ − lr·buf                      (momentum > 0)
///             θ ← θ − lr·g / a                                               (otherwise)
/// adam        g ← g + weight_decay·θ                         (adam)
///             θ ← θ·(1 − lr·weight_decay)                    (adamw, before the moments)
///             m ← m + (1 − β₁)·(g − m)                       (torch's lerp)
///             v ← β₂·v + (1 − β₂)·g·g
///             bc₁ ← 1 − β₁ᵗ,  bc₂ ← 1 − β₂ᵗ
///             denom ← √v / √bc₂ + eps
///             θ ← θ + (−lr/bc₁)·m / denom
/// ```
///
/// so Adam's step is `−lr · m̂ / (√v̂ + eps)` with `m̂ = m/bc₁`, `v̂ = v/bc₂`.
public struct Optimizer: Sendable {
    /// The method.
    public let kind: OptimizerKind
    /// Its settings.
    public let hyperparameters: Hyperparameters
    /// The number of parameters it updates.
    public let dimension: Int
    /// Steps taken so far (torch's `state["step"]`).
    public private(set) var stepCount = 0
    /// Slot `s` of parameter `i` at `s * dimension + i`: slot 0 is the momentum buffer
    /// (sgd family), the squared-gradient sum (adagrad) or average (rmsprop), or `m` (adam);
    /// slot 1 is rmsprop's momentum buffer or adam's `v`; slot 2 is rmsprop's gradient average.
    private var state: [Double]

    /// The flat state, read by the step table.
    var stateBuffer: [Double] { state }

    /// A fresh optimizer: all buffers zero, adagrad's sum at `initial_accumulator_value`.
    ///
    /// - Throws: `OptimizationError` if a hyperparameter is out of torch's range.
    public init(kind: OptimizerKind, hyperparameters: Hyperparameters? = nil, dimension: Int) throws {
        let settings = hyperparameters ?? Hyperparameters(for: kind)
        try settings.validate(for: kind)
        guard dimension >= 0 else { throw OptimizationError.invalidCount(name: "dimension", value: dimension) }
        self.kind = kind
        self.hyperparameters = settings
        self.dimension = dimension
        state = [Double](repeating: 0, count: 3 * dimension)
        if kind == .adagrad {
            for i in 0..<dimension { state[i] = settings.initialAccumulatorValue }
        }
    }

    /// Applies one update to `parameters` from `gradient`, the objective's gradient there.
    public mutating func step(
        parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>
    ) {
        precondition(parameters.count == dimension && gradient.count == dimension)
        stepCount += 1
        let t = stepCount
        var h = hyperparameters
        h.learningRate = learningRate(afterSteps: t - 1)
        let n = dimension
        let kind = kind
        state.withUnsafeMutableBufferPointer { s in
            switch kind {
            case .sgd, .momentum, .nesterov:
                Self.sgdStep(p: parameters, g: gradient, buf: s, h: h, first: t == 1, nesterov: kind == .nesterov)
            case .adagrad:
                let clr = h.learningRate / (1 + Double(t - 1) * h.learningRateDecay)
                for i in 0..<n {
                    var g = gradient[i]
                    if h.weightDecay != 0 { g = g.addingProduct(h.weightDecay, parameters[i]) }
                    s[i] = s[i].addingProduct(1 * g, g)
                    let std = s[i].squareRoot() + h.epsilon
                    parameters[i] = parameters[i] + ((-clr) * g) / std
                }
            case .rmsprop:
                Self.rmspropStep(p: parameters, g: gradient, s: s, h: h, n: n)
            case .adam, .adamw:
                Self.adamStep(p: parameters, g: gradient, s: s, h: h, n: n, t: t, decoupled: kind == .adamw)
            }
        }
    }

    /// The learning rate update `steps + 1` uses: `lr`, or the schedule's rate after `steps` steps.
    public func learningRate(afterSteps steps: Int) -> Double {
        hyperparameters.schedule?.rate(at: steps, base: hyperparameters.learningRate) ?? hyperparameters.learningRate
    }

    /// Applies one update to an array of parameters (convenience outside hot loops).
    public mutating func step(parameters: inout [Double], gradient: [Double]) {
        parameters.withUnsafeMutableBufferPointer { p in
            gradient.withUnsafeBufferPointer { g in step(parameters: p, gradient: g) }
        }
    }

    private static func sgdStep(
        p: UnsafeMutableBufferPointer<Double>, g: UnsafeBufferPointer<Double>,
        buf: UnsafeMutableBufferPointer<Double>, h: Hyperparameters, first: Bool, nesterov: Bool
    ) {
        for i in 0..<p.count {
            var d = g[i]
            if h.weightDecay != 0 { d = d.addingProduct(h.weightDecay, p[i]) }
            if h.momentum != 0 {
                buf[i] = first ? d : (buf[i] * h.momentum).addingProduct(1 - h.dampening, d)
                d = nesterov ? d.addingProduct(h.momentum, buf[i]) : buf[i]
            }
            p[i] = p[i].addingProduct(-h.learningRate, d)
        }
    }

    private static func rmspropStep(
        p: UnsafeMutableBufferPointer<Double>, g: UnsafeBufferPointer<Double>,
        s: UnsafeMutableBufferPointer<Double>, h: Hyperparameters, n: Int
    ) {
        let w = 1 - h.alpha
        for i in 0..<n {
            var gi = g[i]
            if h.weightDecay != 0 { gi = gi.addingProduct(h.weightDecay, p[i]) }
            s[i] = (s[i] * h.alpha).addingProduct(w * gi, gi)
            var avg: Double
            if h.centered {
                s[2 * n + i] = lerp(s[2 * n + i], gi, weight: w)
                let ga = s[2 * n + i]
                avg = s[i].addingProduct(-1 * ga, ga).squareRoot()
            } else {
                avg = s[i].squareRoot()
            }
            avg = avg + h.epsilon
            if h.momentum > 0 {
                s[n + i] = s[n + i] * h.momentum + (1 * gi) / avg
                p[i] = p[i].addingProduct(-h.learningRate, s[n + i])
            } else {
                p[i] = p[i] + ((-h.learningRate) * gi) / avg
            }
        }
    }

    private static func adamStep(
        p: UnsafeMutableBufferPointer<Double>, g: UnsafeBufferPointer<Double>,
        s: UnsafeMutableBufferPointer<Double>, h: Hyperparameters, n: Int, t: Int, decoupled: Bool
    ) {
        let biasCorrection1 = 1 - pow(h.beta1, Double(t))
        let biasCorrection2 = 1 - pow(h.beta2, Double(t))
        let stepSize = h.learningRate / biasCorrection1
        let biasCorrection2Sqrt = pow(biasCorrection2, 0.5)
        let decay = 1 - h.learningRate * h.weightDecay
        let w1 = 1 - h.beta1
        let w2 = 1 - h.beta2
        for i in 0..<n {
            var gi = g[i]
            if h.weightDecay != 0 {
                if decoupled { p[i] = p[i] * decay } else { gi = gi.addingProduct(h.weightDecay, p[i]) }
            }
            s[i] = lerp(s[i], gi, weight: w1)
            s[n + i] = (s[n + i] * h.beta2).addingProduct(w2 * gi, gi)
            let denom = s[n + i].squareRoot() / biasCorrection2Sqrt + h.epsilon
            p[i] = p[i] + ((-stepSize) * s[i]) / denom
        }
    }

    /// torch's `lerp`, fused: `start + w·(end − start)` for |w| < 0.5, else `end − (end − start)·(1 − w)`.
    @inline(__always)
    static func lerp(_ start: Double, _ end: Double, weight: Double) -> Double {
        abs(weight) < 0.5
            ? start.addingProduct(weight, end - start)
            : end.addingProduct(-(end - start), 1 - weight)
    }
}

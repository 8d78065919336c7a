import Foundation

extension MathFunction {
    /// The partial derivatives at a point, numerically: `(∂f/∂x, ∂f/∂y)` (`y` only for min and max).
    /// The conventions match the symbolic rules: `step' = sign' = 0`, `relu'(0) = 0`.
    public func partials(_ x: Double, _ y: Double = 0) -> (Double, Double) {
        switch self {
        case .sin: return (Foundation.cos(x), 0)
        case .cos: return (-Foundation.sin(x), 0)
        case .tan: let t = Foundation.tan(x); return (1 + t * t, 0)
        case .asin: return (1 / (1 - x * x).squareRoot(), 0)
        case .acos: return (-1 / (1 - x * x).squareRoot(), 0)
        case .atan: return (1 / (1 + x * x), 0)
        case .sinh: return (Foundation.cosh(x), 0)
        case .cosh: return (Foundation.sinh(x), 0)
        case .tanh: let t = Foundation.tanh(x); return (1 - t * t, 0)
        case .exp: return (Foundation.exp(x), 0)
        case .log: return (1 / x, 0)
        case .sqrt: return (0.5 / x.squareRoot(), 0)
        case .abs: return (MathFunction.sign.apply(x), 0)
        case .sign, .step: return (0, 0)
        case .sigmoid: let s = MathFunction.sigmoid.apply(x); return (s * (1 - s), 0)
        case .relu: return (x > 0 ? 1 : 0, 0)
        case .softplus: return (MathFunction.sigmoid.apply(x), 0)
        case .min: return y > x ? (1, 0) : (y < x ? (0, 1) : (0, 0))
        case .max: return x > y ? (1, 0) : (x < y ? (0, 1) : (0, 0))
        }
    }
}

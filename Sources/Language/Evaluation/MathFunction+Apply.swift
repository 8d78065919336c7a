import Foundation

extension MathFunction {
    /// The IEEE double value: `log(-1)` is nan and `1/0` is inf, never an error.
    public func apply(_ arguments: [Double]) -> Double {
        apply(arguments[0], arguments.count > 1 ? arguments[1] : 0)
    }

    /// The value at `x` (and `y` for the two-argument functions `min` and `max`).
    @inline(__always)
    public func apply(_ x: Double, _ y: Double = 0) -> Double {
        switch self {
        case .sin: return Foundation.sin(x)
        case .cos: return Foundation.cos(x)
        case .tan: return Foundation.tan(x)
        case .asin: return Foundation.asin(x)
        case .acos: return Foundation.acos(x)
        case .atan: return Foundation.atan(x)
        case .sinh: return Foundation.sinh(x)
        case .cosh: return Foundation.cosh(x)
        case .tanh: return Foundation.tanh(x)
        case .exp: return Foundation.exp(x)
        case .log: return Foundation.log(x)
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        case .sign: return x > 0 ? 1 : (x < 0 ? -1 : (x.isNaN ? .nan : 0))
        case .step: return x > 0 ? 1 : (x.isNaN ? .nan : 0)
        case .sigmoid: return x >= 0 ? 1 / (1 + Foundation.exp(-x)) : Foundation.exp(x) / (1 + Foundation.exp(x))
        case .relu: return x > 0 ? x : (x.isNaN ? .nan : 0)
        case .softplus: return x > 30 ? x : Foundation.log1p(Foundation.exp(x))
        case .min: return x.isNaN || y.isNaN ? .nan : Swift.min(x, y)
        case .max: return x.isNaN || y.isNaN ? .nan : Swift.max(x, y)
        }
    }
}

import Optimization
@testable import Language

/// Random expressions in x and y built from the whole language, for property tests.
struct RandomExpressions {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func expression(depth: Int) -> Expr {
        if depth == 0 || Int.random(in: 0..<4, using: &generator) == 0 { return leaf() }
        switch Int.random(in: 0..<9, using: &generator) {
        case 0, 1: return expression(depth: depth - 1) + expression(depth: depth - 1)
        case 2: return expression(depth: depth - 1) - expression(depth: depth - 1)
        case 3, 4: return expression(depth: depth - 1) * expression(depth: depth - 1)
        case 5: return expression(depth: depth - 1) / (expression(depth: depth - 1) + .integer(3))
        case 6: return .power(expression(depth: depth - 1), .integer(Int.random(in: -2...3, using: &generator)))
        default:
            let functions: [MathFunction] = [.sin, .cos, .tanh, .exp, .sigmoid, .softplus, .atan, .sinh]
            let function = functions[Int.random(in: 0..<functions.count, using: &generator)]
            let argument = expression(depth: depth - 1)
            return .call(function, [function == .exp || function == .sinh ? argument / .integer(4) : argument])
        }
    }

    mutating func leaf() -> Expr {
        switch Int.random(in: 0..<6, using: &generator) {
        case 0, 1: return .symbol("x")
        case 2: return .symbol("y")
        case 3: return .integer(Int.random(in: -5...5, using: &generator))
        case 4: return .fraction(Int.random(in: -5...5, using: &generator), Int.random(in: 2...7, using: &generator))
        default: return .real(Double(Int.random(in: -20...20, using: &generator)) / 8)
        }
    }

    mutating func point() -> [String: Double] {
        ["x": Double.random(in: -1.5...1.5, using: &generator), "y": Double.random(in: -1.5...1.5, using: &generator)]
    }
}

/// Whether two doubles agree to a relative tolerance (both non-finite counts as agreeing
/// only when they are the same kind of non-finite).
func agree(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

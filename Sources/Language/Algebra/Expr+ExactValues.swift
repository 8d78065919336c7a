/// Values of built-in functions that are exact: `sin(0) = 0`, `cos(pi) = -1`,
/// `log(e) = 1`, `exp(log(x)) = x`, `abs(-3) = 3`, `sigmoid(0) = 1/2`.
extension Expr {
    static func exactValue(_ function: MathFunction, _ arguments: [Expr]) -> Expr? {
        let argument = arguments[0]
        if let value = argument.number, value.isExact {
            if let exact = exactValue(function, of: value, arguments: arguments) { return exact }
        }
        switch (function, argument.node) {
        case (.log, .constant(.e)): return .one
        case (.log, .call(.exp, let inner)): return inner[0]
        case (.exp, .call(.log, let inner)): return inner[0]
        case (.abs, .call(.abs, _)): return argument
        case (.sin, _), (.cos, _), (.tan, _):
            return trigonometricValue(function, piMultiple: argument.piMultiple)
        default: return nil
        }
    }

    private static func exactValue(_ function: MathFunction, of value: Number, arguments: [Expr]) -> Expr? {
        let isZero = value.isZero
        switch function {
        case .sin, .tan, .asin, .atan, .sinh, .tanh: return isZero ? .zero : nil
        case .cos, .cosh: return isZero ? .one : nil
        case .acos: return value.isOne ? .zero : nil
        case .exp: return isZero ? .one : nil
        case .log: return value.isOne ? .zero : nil
        case .abs: return .number(value.isNegative ? -value : value)
        case .sign: return .integer(isZero ? 0 : (value.isNegative ? -1 : 1))
        case .step: return .integer(value.doubleValue > 0 ? 1 : 0)
        case .relu: return .number(value.isNegative ? .zero : value)
        case .sigmoid: return isZero ? .fraction(1, 2) : nil
        case .softplus, .sqrt: return nil
        case .min, .max:
            guard let other = arguments[1].number, other.isExact else { return nil }
            let smaller = value.doubleValue <= other.doubleValue ? value : other
            let larger = value.doubleValue <= other.doubleValue ? other : value
            return .number(function == .min ? smaller : larger)
        }
    }

    /// `k` when the expression is `k*pi` for an exact fraction k (0 counts).
    var piMultiple: Number? {
        if let value = number, value.isZero { return .zero }
        if case .constant(.pi) = node { return .one }
        if case .product(let factors) = node, factors.count == 2,
           let k = factors[0].number, k.isExact, case .constant(.pi) = factors[1].node {
            return k
        }
        return nil
    }

    private static func trigonometricValue(_ function: MathFunction, piMultiple k: Number?) -> Expr? {
        guard let (n, d) = k?.smallParts, d <= 2 else { return nil }
        let halfTurns = d == 1 ? n : nil
        switch function {
        case .sin:
            if halfTurns != nil { return .zero }
            return .integer(((n - 1) / 2) % 2 == 0 ? 1 : -1)
        case .cos:
            if let turns = halfTurns { return .integer(turns % 2 == 0 ? 1 : -1) }
            return .zero
        case .tan:
            return halfTurns != nil ? .zero : nil
        default:
            return nil
        }
    }
}

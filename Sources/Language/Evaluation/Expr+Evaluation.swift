import Foundation

extension Expr {
    /// The numeric value with the given variables bound, as an IEEE double.
    ///
    ///     (x^2 + 1).evaluate(["x": 3])   // 10
    ///
    /// Throws ``EvaluationError/unboundVariable(_:)`` naming the first variable without a value.
    public func evaluate(_ bindings: [String: Double] = [:]) throws(EvaluationError) -> Double {
        try fold { (_, node, children) throws(EvaluationError) -> Double in
            try Expr.localValue(node, bindings, children)
        }
    }

    /// The value of a node given the values of its children, in child order.
    static func localValue(
        _ node: Node, _ bindings: [String: Double], _ children: [Double]
    ) throws(EvaluationError) -> Double {
        switch node {
        case .number(let value): return value.doubleValue
        case .constant(let constant): return constant.value
        case .symbol(let name):
            guard let value = bindings[name] else { throw .unboundVariable(name) }
            return value
        case .sum: return children.reduce(0, +)
        case .product: return children.reduce(1, *)
        case .power: return Expr.power(children[0], children[1])
        case .call(let function, _): return function.apply(children[0], children.count > 1 ? children[1] : 0)
        }
    }

    /// `base^exponent` with the shortcuts the compiled form takes too, so both agree to the bit.
    @inline(__always)
    static func power(_ base: Double, _ exponent: Double) -> Double {
        if exponent == 2 { return base * base }
        if exponent == 0.5 { return base.squareRoot() }
        if exponent == -1 { return 1 / base }
        return Foundation.pow(base, exponent)
    }
}

/// Why an expression has no numeric value.
public enum EvaluationError: Error, Equatable, Sendable {
    /// A variable appears with no value given for it.
    case unboundVariable(String)
}

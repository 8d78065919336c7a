import Foundation

extension Expr {
    /// The numeric value with the given variables bound, as an IEEE double.
    ///
    ///     (x^2 + 1).evaluate(["x": 3])   // 10
    ///
    /// Throws ``EvaluationError/unboundVariable(_:)`` naming the first variable without a value.
    public func evaluate(_ bindings: [String: Double] = [:]) throws(EvaluationError) -> Double {
        var values: [Int32: Double] = [:]
        for expr in topologicalOrder {
            values[expr.id] = try expr.localValue(bindings) { values[$0.id]! }
        }
        return values[id]!
    }

    /// The value of this node given the values of its children.
    private func localValue(
        _ bindings: [String: Double], _ child: (Expr) -> Double
    ) throws(EvaluationError) -> Double {
        switch node {
        case .number(let value): return value.doubleValue
        case .constant(let constant): return constant.value
        case .symbol(let name):
            guard let value = bindings[name] else { throw .unboundVariable(name) }
            return value
        case .sum(let terms): return terms.reduce(0) { $0 + child($1) }
        case .product(let factors): return factors.reduce(1) { $0 * child($1) }
        case .power(let base, let exponent): return Expr.power(child(base), child(exponent))
        case .call(let function, let arguments):
            return function.apply(child(arguments[0]), arguments.count > 1 ? child(arguments[1]) : 0)
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

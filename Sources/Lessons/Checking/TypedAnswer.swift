import Foundation
import Language

/// What the student typed, kept as written: the checker judges names, significant figures
/// and simplification on this tree, not on the canonical form the algebra would make of it.
struct TypedAnswer {
    let syntax: Syntax

    /// The names used as values, in the order typed (`pi`, `e`, `inf`, `nan` excepted).
    var names: [String] {
        var found: [String] = []
        func visit(_ node: Syntax) {
            switch node {
            case .name(let name, _):
                if Syntax.namedValue(name) == nil, !found.contains(name) { found.append(name) }
            case .negate(let operand, _): visit(operand)
            case .binary(_, let left, let right, _): visit(left); visit(right)
            case .call(_, _, let arguments, _): arguments.forEach { visit($0.value) }
            case .list(let elements, _): elements.forEach(visit)
            case .range(let low, let high, _): visit(low); visit(high)
            case .element(let base, let index, _): visit(base); visit(index)
            case .member(let base, _, _): visit(base)
            case .number, .string: break
            }
        }
        visit(syntax)
        return found
    }

    /// The significant figures of a plain number typed as the whole answer (`0.354` has 3,
    /// `-2.32212` has 6, `0.0100` has 3), or nil when the answer is not a bare decimal.
    var significantFigures: Int? {
        var node = syntax
        if case .negate(let operand, _) = node { node = operand }
        guard case .number(let text, _) = node else { return nil }
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }
        guard mantissa.contains(".") else { return nil }
        let digits = mantissa.filter { ("0"..."9").contains($0) }.drop { $0 == "0" }
        return digits.isEmpty ? nil : digits.count
    }

    /// The top-level terms of a sum, as typed, each with its sign folded in.
    static func terms(_ syntax: Syntax) -> [Syntax] {
        switch syntax {
        case .binary(.add, let left, let right, _): return terms(left) + terms(right)
        case .binary(.subtract, let left, let right, let range): return terms(left) + terms(right).map { .negate($0, range) }
        default: return [syntax]
        }
    }

    /// Why the typed form is not in simplest form, or nil when it is.
    ///
    /// Like terms (`3x + 2x`, `x² − x²`, two numbers) could be collected; a product or power of
    /// a sum (`5(2x + 5)`, `(x + 1)²`) is unexpanded when the expected answer is expanded.
    func simplificationProblem(expectedIsExpanded: Bool) -> String? {
        let parts = Self.terms(syntax).compactMap { try? $0.algebraic() }
        for (index, term) in parts.enumerated() {
            for other in parts[(index + 1)...] where Self.areLike(term, other) {
                return "collect like terms"
            }
        }
        if expectedIsExpanded, Self.hasUnexpanded(syntax) { return "expand the brackets" }
        return nil
    }

    /// Two terms are alike when their ratio is a number: `3x` and `−x`, `2` and `5`.
    static func areLike(_ a: Expr, _ b: Expr) -> Bool {
        let ratio = (a / b).simplified()
        return ratio.freeSymbols.isEmpty && a.freeSymbols.sorted() == b.freeSymbols.sorted()
    }

    /// Whether a sum is multiplied or raised to a power somewhere in the tree.
    static func hasUnexpanded(_ syntax: Syntax) -> Bool {
        switch syntax {
        case .binary(.multiply, let left, let right, _):
            return isSum(left) || isSum(right) || hasUnexpanded(left) || hasUnexpanded(right)
        case .binary(.power, let base, let exponent, _):
            if isSum(base), case .number = exponent { return true }
            return hasUnexpanded(base)
        case .binary(_, let left, let right, _):
            return hasUnexpanded(left) || hasUnexpanded(right)
        case .negate(let operand, _):
            return hasUnexpanded(operand)
        default:
            return false
        }
    }

    private static func isSum(_ syntax: Syntax) -> Bool {
        if case .binary(let op, _, _, _) = syntax { return op == .add || op == .subtract }
        return false
    }

    /// `cos3x` → `cos(3x)`, `sinx` → `sin(x)`: a name that is a function followed by its
    /// argument without brackets.
    static func juxtaposedCall(_ name: String) -> String? {
        let functions = MathFunction.allCases.map(\.rawValue).sorted { $0.count > $1.count }
        guard let function = functions.first(where: { name.hasPrefix($0) && name.count > $0.count }) else { return nil }
        let argument = name.dropFirst(function.count)
        guard argument.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return "\(function)(\(argument))"
    }
}

import Language

/// Prints what the student typed in textbook notation, without rewriting it:
/// `5(2x + 5)` stays `5(2x + 5)`, `x^2 + 10x + 25 - x^2` stays `x² + 10x + 25 − x²`.
///
/// The checker echoes this as "read as", so a student sees how their input was understood
/// (where a product or a power binds) rather than the checker's canonical form.
struct SyntaxPrinter {
    func string(_ syntax: Syntax) -> String {
        print(syntax, context: 0)
    }

    /// Binding strength: sums 1, products 2, unary minus 3, powers 4, atoms 5.
    private func strength(_ syntax: Syntax) -> Int {
        switch syntax {
        case .binary(.add, _, _, _), .binary(.subtract, _, _, _): return 1
        case .binary(.multiply, _, _, _), .binary(.divide, _, _, _): return 2
        case .negate: return 3
        case .binary(.power, _, _, _): return 4
        case .number(let text, _) where text.contains("e") || text.contains("E"): return 2
        default: return 5
        }
    }

    private func print(_ syntax: Syntax, context: Int) -> String {
        let text = bare(syntax)
        return strength(syntax) < context ? "(\(text))" : text
    }

    private func bare(_ syntax: Syntax) -> String {
        switch syntax {
        case .number(let text, _):
            return text
        case .name(let name, _):
            return name
        case .string(let text, _):
            return "\"\(text)\""
        case .negate(let operand, _):
            return "−" + print(operand, context: 4)
        case .binary(.add, let left, let right, _):
            return print(left, context: 1) + " + " + print(right, context: 2)
        case .binary(.subtract, let left, let right, _):
            return print(left, context: 1) + " − " + print(right, context: 2)
        case .binary(.multiply, let left, let right, _):
            let lhs = print(left, context: 2)
            let rhs = print(right, context: 3)
            return juxtaposes(left, right) ? lhs + rhs : lhs + "·" + rhs
        case .binary(.divide, let left, let right, _):
            return print(left, context: 2) + "/" + print(right, context: 3)
        case .binary(.power, let base, let exponent, _):
            let lhs = print(base, context: 5)
            if case .number(let digits, _) = exponent, let raised = Self.superscript(digits) { return lhs + raised }
            return lhs + "^" + print(exponent, context: 5)
        case .call(let name, _, let arguments, _):
            return name + "(" + arguments.map { argument in
                (argument.label.map { $0 + " = " } ?? "") + print(argument.value, context: 0)
            }.joined(separator: ", ") + ")"
        case .list(let elements, _):
            return "[" + elements.map { print($0, context: 0) }.joined(separator: ", ") + "]"
        case .range(let low, let high, _):
            return print(low, context: 1) + ".." + print(high, context: 1)
        case .element(let base, let index, _):
            return print(base, context: 5) + "[" + print(index, context: 0) + "]"
        case .member(let base, let name, _):
            return print(base, context: 5) + "." + name
        }
    }

    /// A number before a name, a call, a power or a bracket is written next to it: `3x`, `5(2x + 5)`.
    private func juxtaposes(_ left: Syntax, _ right: Syntax) -> Bool {
        var number = left
        if case .negate(let operand, _) = left { number = operand }
        guard case .number(let text, _) = number, !text.contains("e"), !text.contains("E") else { return false }
        switch right {
        case .name, .call: return true
        case .binary(.power, let base, _, _):
            if case .number = base { return false }
            return true
        case .binary(.add, _, _, _), .binary(.subtract, _, _, _): return true
        default: return false
        }
    }

    /// `2` → `²`; nil for anything but a whole number.
    static func superscript(_ digits: String) -> String? {
        let map: [Character: Character] = ["0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
                                           "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"]
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        var result = ""
        for digit in digits {
            guard let raised = map[digit] else { return nil }
            result.append(raised)
        }
        return result
    }
}

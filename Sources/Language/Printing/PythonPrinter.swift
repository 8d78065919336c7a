/// Writes expressions as Python source for NumPy or PyTorch, so a generated script
/// computes the same function: `(w - 2) ** 2`, `np.exp(-x)`, `torch.sigmoid(z)`.
///
/// Python's precedence is `+ -` < `* /` < unary `-` < `**` (`-x ** 2` is `-(x ** 2)`),
/// and parentheses are added exactly where it needs them. Numbers are written so Python
/// reads back the same double: integers as integers, fractions as `n / d`, decimals in
/// Swift's shortest round-trip form. Factors with a negative integer exponent form a
/// denominator: `x ** -2 * y` becomes `y / x ** 2`. Terms and factors are ordered by their
/// text (a sum's number last, a product's first), so the same expression always prints the same.
public struct PythonPrinter: Sendable {
    /// The library the functions are called from.
    public enum Library: String, Sendable { case numpy, torch }

    public var library: Library

    public init(library: Library) {
        self.library = library
    }

    private enum Level: Int, Comparable {
        case sum = 1, product, unary, power, atom
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    private struct Piece {
        var text: String
        var level: Level
        func at(least level: Level) -> String { self.level < level ? "(\(text))" : text }
    }

    /// The expression as one Python expression. Each distinct subexpression is written
    /// once, children first, so deep expressions need no deep recursion.
    public func string(_ expr: Expr) -> String {
        var pieces: [Expr: Piece] = [:]
        for node in expr.topologicalOrder {
            pieces[node] = piece(node) { pieces[$0]! }
        }
        return pieces[expr]!.text
    }

    /// A parameter or input name that is safe as a Python identifier.
    public static func identifier(_ name: String) -> String {
        let reserved: Set<String> = [
            "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "False",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "None", "nonlocal", "not",
            "or", "pass", "raise", "return", "True", "try", "while", "with", "yield", "np", "torch", "math",
        ]
        return reserved.contains(name) ? name + "_" : name
    }

    private var prefix: String { library == .numpy ? "np." : "torch." }

    private func piece(_ expr: Expr, child: (Expr) -> Piece) -> Piece {
        switch expr.node {
        case .number(let value): return number(value)
        case .symbol(let name): return Piece(text: Self.identifier(name), level: .atom)
        case .constant(let constant):
            let module = library == .numpy ? "np." : "math."
            return Piece(text: module + (constant == .pi ? "pi" : "e"), level: .atom)
        case .call(let function, let arguments): return call(function, arguments.map { child($0).text })
        case .power(let base, let exponent):
            if let half = exponent.number, half.doubleValue == 0.5, half.isExact {
                return Piece(text: prefix + "sqrt(\(child(base).text))", level: .atom)
            }
            return power(child(base), child(exponent))
        case .product(let factors): return product(factors, child)
        case .sum(let terms):
            let symbolic = terms.filter { $0.number == nil }.map(child).sorted { $0.text < $1.text }
            return sum(symbolic + terms.filter { $0.number != nil }.map(child))
        }
    }

    private func number(_ value: Number) -> Piece {
        if let (n, d) = value.exactParts {
            if d == 1 { return Piece(text: "\(n)", level: n < 0 ? .unary : .atom) }
            return Piece(text: "\(n) / \(d)", level: .product)
        }
        let x = value.doubleValue
        if x.isNaN { return Piece(text: "float('nan')", level: .atom) }
        if x.isInfinite { return Piece(text: x < 0 ? "-float('inf')" : "float('inf')", level: x < 0 ? .unary : .atom) }
        return Piece(text: "\(x)", level: x < 0 ? .unary : .atom)
    }

    private func power(_ base: Piece, _ exponent: Piece) -> Piece {
        let right = exponent.level >= .unary ? exponent.text : "(\(exponent.text))"
        return Piece(text: "\(base.at(least: .atom)) ** \(right)", level: .power)
    }

    private func product(_ factors: [Expr], _ child: (Expr) -> Piece) -> Piece {
        var coefficient: [String] = []
        var numerator: [String] = []
        var denominator: [Piece] = []
        var negative = false
        for factor in factors {
            if let value = factor.number {
                if value.isNegative { negative = true }
                let magnitude = value.isNegative ? number(-value) : number(value)
                if !(value.doubleValue.magnitude == 1 && value.isExact) { coefficient = [magnitude.at(least: .product)] }
            } else if case .power(let base, let exponent) = factor.node, let n = exponent.number?.integerValue, n < 0 {
                denominator.append(n == -1 ? child(base) : power(child(base), Piece(text: "\(-n)", level: .atom)))
            } else {
                numerator.append(child(factor).at(least: .unary))
            }
        }
        numerator = coefficient + numerator.sorted()
        denominator.sort { $0.text < $1.text }
        var text = numerator.isEmpty ? "1" : numerator.joined(separator: " * ")
        if !denominator.isEmpty {
            let single = denominator.count == 1 && denominator[0].level >= .power
            text += " / " + (single ? denominator[0].text : "(" + denominator.map { $0.at(least: .unary) }.joined(separator: " * ") + ")")
        }
        return Piece(text: negative ? "-" + text : text, level: negative ? .unary : .product)
    }

    private func sum(_ terms: [Piece]) -> Piece {
        var text = ""
        for (index, term) in terms.enumerated() {
            if index == 0 {
                text = term.text
            } else if term.level == .unary, term.text.hasPrefix("-") {
                text += " - " + term.text.dropFirst()
            } else {
                text += " + " + term.text
            }
        }
        return Piece(text: text, level: .sum)
    }

    private func call(_ function: MathFunction, _ arguments: [String]) -> Piece {
        let x = arguments[0]
        let text: String
        switch (function, library) {
        case (.asin, .numpy): text = "np.arcsin(\(x))"
        case (.acos, .numpy): text = "np.arccos(\(x))"
        case (.atan, .numpy): text = "np.arctan(\(x))"
        case (.step, .numpy): text = "np.heaviside(\(x), 0.0)"
        case (.step, .torch): text = "torch.heaviside(\(x), torch.tensor(0.0))"
        case (.sigmoid, .numpy): text = "1 / (1 + np.exp(-(\(x))))"
        case (.relu, .numpy): text = "np.maximum(\(x), 0.0)"
        case (.softplus, _): text = "\(prefix)log(1 + \(prefix)exp(\(x)))"
        case (.min, .numpy): text = "np.minimum(\(x), \(arguments[1]))"
        case (.max, .numpy): text = "np.maximum(\(x), \(arguments[1]))"
        case (.min, .torch): text = "torch.minimum(torch.as_tensor(\(x)), torch.as_tensor(\(arguments[1])))"
        case (.max, .torch): text = "torch.maximum(torch.as_tensor(\(x)), torch.as_tensor(\(arguments[1])))"
        default: text = "\(prefix)\(function.rawValue)(\(x))"
        }
        return Piece(text: text, level: function == .sigmoid && library == .numpy ? .product : .atom)
    }
}

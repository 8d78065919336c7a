import BigInt

/// Pure mathematics from syntax, with no session: numbers, variables, operators and
/// the built-in functions. Exercise answers are read this way.
extension Syntax {
    /// The expression this syntax denotes.
    ///
    ///     try Parser.parseExpression("3x^2 + 1").algebraic()   // 3x² + 1
    public func algebraic() throws(LanguageError) -> Expr {
        switch self {
        case .number(let text, let range):
            return try Syntax.numberLiteral(text, at: range)
        case .name(let name, _):
            return Syntax.namedValue(name) ?? .symbol(name)
        case .negate(let operand, _):
            return -(try operand.algebraic())
        case .binary(let op, let left, let right, let range):
            guard let chain = OperatorChain(self) else {
                return try Syntax.apply(op, try left.algebraic(), try right.algebraic(), at: range)
            }
            var terms = [try chain.first.algebraic()]
            for link in chain.links { terms.append(OperatorChain.term(link.op, try link.operand.algebraic())) }
            return chain.combined(terms)
        case .call(let name, let nameRange, let arguments, let range):
            guard let function = MathFunction(named: name) else {
                let candidates = MathFunction.allCases.map(\.rawValue)
                throw .unknownFunction(name, at: nameRange, suggestion: Suggestion.nearest(to: name, among: candidates))
            }
            guard arguments.count == function.arity else {
                throw .wrongArgumentCount(function: name, expected: function.arityDescription,
                                          got: arguments.count, at: range)
            }
            var values: [Expr] = []
            for argument in arguments {
                if let label = argument.label, let labelRange = argument.labelRange {
                    throw .unknownArgument(function: name, label: label, at: labelRange, suggestion: nil)
                }
                values.append(try argument.value.algebraic())
            }
            return .call(function, values)
        case .list(_, let range):
            throw .notAnExpression("a list", at: range)
        case .range(_, _, let range):
            throw .notAnExpression("a range", at: range)
        case .element(_, _, let range), .member(_, _, let range):
            throw .notAnExpression("an indexed value", at: range)
        case .string(_, let range):
            throw .notAnExpression("text", at: range)
        }
    }

    /// `+ - * / ^` on expressions.
    public static func apply(_ op: BinaryOperator, _ left: Expr, _ right: Expr) -> Expr {
        switch op {
        case .add: return left + right
        case .subtract: return left - right
        case .multiply: return left * right
        case .divide: return left / right
        case .power: return .power(left, right)
        }
    }

    /// `+ - * / ^` on expressions, refusing an exact power with more than
    /// ``Number/maximumDigits`` digits (such as `2^(10^9)`) rather than computing it.
    public static func apply(
        _ op: BinaryOperator, _ left: Expr, _ right: Expr, at range: SourceRange
    ) throws(LanguageError) -> Expr {
        if op == .power, let base = left.number, let exponent = right.number,
           let digits = base.digitsOfPower(exponent), digits > Double(Number.maximumDigits) {
            throw .numberTooLarge(digits: digits, at: range)
        }
        return apply(op, left, right)
    }

    /// `pi`, `e`, `inf` and `nan`; nil for any other name.
    public static func namedValue(_ name: String) -> Expr? {
        switch name {
        case "pi": return .constant(.pi)
        case "e": return .constant(.e)
        case "inf": return .real(.infinity)
        case "nan": return .real(.nan)
        default: return nil
        }
    }

    /// `3` and `12/4`-style integers are exact; `0.25` and `1e-3` are doubles.
    public static func numberLiteral(_ text: String, at range: SourceRange) throws(LanguageError) -> Expr {
        if text.allSatisfy(\.isASCIIDigit) {
            if let integer = Int(text) { return .integer(integer) }
            if let big = BigInt(text) { return .number(.integer(big)) }
        }
        guard let value = Double(text.hasPrefix(".") ? "0" + text : text) else {
            throw .invalidNumber(text, at: range)
        }
        return .real(value)
    }
}

extension MathFunction {
    /// "1 argument" or "2 arguments", for error messages.
    public var arityDescription: String { arity == 1 ? "1 argument" : "\(arity) arguments" }
}

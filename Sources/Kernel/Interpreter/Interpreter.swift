import Language

/// Evaluates parsed cells to values against a session's variables and functions.
struct Interpreter {
    let session: Session
    /// Names that stand for themselves here, such as a function's parameters in its body.
    var shadowed: Set<String> = []

    func evaluate(_ syntax: Syntax) throws(LanguageError) -> Value {
        switch syntax {
        case .number(let text, let range):
            return .expression(try Syntax.numberLiteral(text, at: range))
        case .name(let name, let range):
            return try lookUp(name, at: range)
        case .negate(let operand, let range):
            return try Interpreter.combine(.expression(.integer(-1)), try evaluate(operand), at: range) { $0 * $1 }
        case .binary(let op, let left, let right, let range):
            if let chain = OperatorChain(syntax) { return try evaluate(chain) }
            let l = try evaluate(left), r = try evaluate(right)
            return try Interpreter.combine(l, r, at: range) { (a, b) throws(LanguageError) in
                try Syntax.apply(op, a, b, at: range)
            }
        case .call(let name, let nameRange, let arguments, let range):
            return try call(name, nameRange: nameRange, arguments, range: range)
        case .element(let base, let index, let range):
            return try element(base, index, range: range)
        case .list(let elements, _):
            var values: [Value] = []
            for element in elements { values.append(try evaluate(element)) }
            return .list(values)
        case .string(let text, _):
            return .text(text)
        case .member(let base, let name, let range):
            return try member(of: try evaluate(base), name, range: range)
        case .range(let low, let high, _):
            return .range(try expression(low, "a range's start"), try expression(high, "a range's end"))
        }
    }

    /// Evaluates `syntax` and requires an expression.
    func expression(_ syntax: Syntax, _ role: String) throws(LanguageError) -> Expr {
        let value = try evaluate(syntax)
        guard let expr = Interpreter.expression(of: value) else {
            throw .notAnExpression("\(value.kindDescription) (as \(role))", at: syntax.range)
        }
        return expr
    }

    /// A stored value with the variables assigned since then filled in, so that after
    /// `g = x^2 + a` and `a = 3`, `g` is `x^2 + 3` (one pass, so `a = a + 1` cannot loop).
    private func refreshed(_ value: Value, excluding name: String) -> Value {
        var replacements: [String: Expr] = [:]
        for (other, stored) in session.variables where other != name {
            if let expr = Interpreter.expression(of: stored) { replacements[other] = expr }
        }
        guard !replacements.isEmpty else { return value }
        switch value {
        case .expression(let expr):
            return .expression(expr.substituting(replacements))
        case .list(let values):
            return .list(values.map { refreshed($0, excluding: name) })
        default:
            return value
        }
    }

    /// A chain of `+ -` or `* /` evaluated left to right: expression operands are collected
    /// and combined once (linear in their number); lists and other values combine pairwise.
    private func evaluate(_ chain: OperatorChain) throws(LanguageError) -> Value {
        var value = try evaluate(chain.first)
        var terms: [Expr] = Interpreter.expression(of: value).map { [$0] } ?? []
        for link in chain.links {
            let operand = try evaluate(link.operand)
            if !terms.isEmpty, let expr = Interpreter.expression(of: operand) {
                terms.append(OperatorChain.term(link.op, expr))
                continue
            }
            if !terms.isEmpty { value = .expression(chain.combined(terms)) }
            value = try Interpreter.combine(value, operand, at: link.range) { Syntax.apply(link.op, $0, $1) }
            terms = Interpreter.expression(of: value).map { [$0] } ?? []
        }
        return terms.isEmpty ? value : .expression(chain.combined(terms))
    }

    static func expression(of value: Value) -> Expr? {
        switch value {
        case .expression(let expr): return expr
        case .number(let number): return .real(number)
        default: return nil
        }
    }

    private func lookUp(_ name: String, at range: SourceRange) throws(LanguageError) -> Value {
        if name == "_" {
            guard let last = session.lastValue else {
                throw .other("'_' is the last result, and there is none yet", at: range)
            }
            return last
        }
        if shadowed.contains(name) { return .expression(.symbol(name)) }
        if let value = session.variables[name] { return refreshed(value, excluding: name) }
        if let function = session.functions[name] { return .function(function) }
        if let constant = Syntax.namedValue(name) { return .expression(constant) }
        return .expression(.symbol(name))
    }

    private func element(_ base: Syntax, _ index: Syntax, range: SourceRange) throws(LanguageError) -> Value {
        let position = try expression(index, "an index")
        guard let n = position.number?.integerValue else {
            throw .other("an index must be a whole number", at: index.range)
        }
        if case .name("Out", _) = base {
            guard let value = session.outputs[n] else {
                if session.outputRetention.forgot(n, latest: session.executionCount) {
                    throw .other("Out[\(n)] was not kept: a batch run keeps the outputs its cells name as Out[N] "
                                 + "and the last \(OutputRetention.windowSize)", at: range)
                }
                let known = session.outputs.keys.sorted().map(String.init).joined(separator: ", ")
                throw .other("there is no Out[\(n)]" + (known.isEmpty ? "" : "; outputs so far: \(known)"), at: range)
            }
            return value
        }
        guard case .list(let values) = try evaluate(base) else {
            throw .other("only lists can be indexed, as in [a, b, c][1]", at: base.range)
        }
        guard n >= 1, n <= values.count else {
            throw .other("index \(n) is outside 1...\(values.count)", at: index.range)
        }
        return values[n - 1]
    }

    /// Applies an operator elementwise over lists and to expressions.
    static func combine(
        _ left: Value, _ right: Value, at range: SourceRange, _ op: (Expr, Expr) throws(LanguageError) -> Expr
    ) throws(LanguageError) -> Value {
        switch (left, right) {
        case (.list(let ls), .list(let rs)):
            guard ls.count == rs.count else {
                throw .other("lists of different lengths (\(ls.count) and \(rs.count)) cannot be combined", at: range)
            }
            var result: [Value] = []
            for (l, r) in zip(ls, rs) { result.append(try combine(l, r, at: range, op)) }
            return .list(result)
        case (.list(let ls), _):
            var result: [Value] = []
            for l in ls { result.append(try combine(l, right, at: range, op)) }
            return .list(result)
        case (_, .list(let rs)):
            var result: [Value] = []
            for r in rs { result.append(try combine(left, r, at: range, op)) }
            return .list(result)
        default:
            guard let l = expression(of: left) else { throw .notAnExpression(left.kindDescription, at: range) }
            guard let r = expression(of: right) else { throw .notAnExpression(right.kindDescription, at: range) }
            return .expression(try op(l, r))
        }
    }
}

extension Interpreter {
    /// `value.name`: a part of a composite value.
    func member(of value: Value, _ name: String, range: SourceRange) throws(LanguageError) -> Value {
        if case .list(let values) = value, name == "length" {
            return .expression(.integer(values.count))
        }
        if case .run(let run) = value {
            return try RunMembers.member(of: run, name, range: range)
        }
        if case .fit(let fit) = value {
            return try fit.member(name, range: range)
        }
        throw .other("\(value.kindDescription) has no part '.\(name)'", at: range)
    }
}

import Language

extension Interpreter {
    /// A call resolves to, in order: a function the student defined, a built-in
    /// operation such as `diff`, or a mathematical function such as `sin`.
    func call(
        _ name: String, nameRange: SourceRange, _ arguments: [Syntax.Argument], range: SourceRange
    ) throws(LanguageError) -> Value {
        if let function = session.functions[name] {
            return try callUserFunction(function, arguments, range: range)
        }
        if let builtin = Builtins.all[name] {
            let bound = try Arguments(function: name, range: range, syntax: arguments, interpreter: self)
            return try builtin.run(bound, self)
        }
        if let function = MathFunction(named: name) {
            return try callMathFunction(function, name: name, arguments, range: range)
        }
        let candidates = Builtins.all.keys + MathFunction.allCases.map(\.rawValue) + Array(session.functions.keys)
        throw .unknownFunction(name, at: nameRange, suggestion: Suggestion.nearest(to: name, among: candidates))
    }

    private func callUserFunction(
        _ function: UserFunction, _ arguments: [Syntax.Argument], range: SourceRange
    ) throws(LanguageError) -> Value {
        guard arguments.count == function.parameters.count else {
            let expected = function.parameters.count == 1 ? "1 argument" : "\(function.parameters.count) arguments"
            throw .wrongArgumentCount(function: function.name, expected: "\(expected) (\(function.parameters.joined(separator: ", ")))",
                                      got: arguments.count, at: range)
        }
        var values: [Expr] = []
        for argument in arguments {
            if let label = argument.label, let labelRange = argument.labelRange {
                throw .unknownArgument(function: function.name, label: label, at: labelRange, suggestion: nil)
            }
            values.append(try expression(argument.value, "an argument of \(function.name)"))
        }
        return .expression(function.applied(to: values))
    }

    private func callMathFunction(
        _ function: MathFunction, name: String, _ arguments: [Syntax.Argument], range: SourceRange
    ) throws(LanguageError) -> Value {
        guard arguments.count == function.arity else {
            throw .wrongArgumentCount(function: name, expected: function.arityDescription, got: arguments.count, at: range)
        }
        var values: [Value] = []
        for argument in arguments {
            if let label = argument.label, let labelRange = argument.labelRange {
                throw .unknownArgument(function: name, label: label, at: labelRange, suggestion: nil)
            }
            values.append(try evaluate(argument.value))
        }
        if function.arity == 1 {
            return try Interpreter.map(values[0], at: range) { .call(function, [$0]) }
        }
        return try Interpreter.combine(values[0], values[1], at: range) { .call(function, [$0, $1]) }
    }

    /// Applies `transform` to an expression, or to every element of a list.
    static func map(_ value: Value, at range: SourceRange, _ transform: (Expr) throws(LanguageError) -> Expr) throws(LanguageError) -> Value {
        if case .list(let values) = value {
            var result: [Value] = []
            for element in values { result.append(try map(element, at: range, transform)) }
            return .list(result)
        }
        guard let expr = expression(of: value) else { throw .notAnExpression(value.kindDescription, at: range) }
        return .expression(try transform(expr))
    }
}

import Language

/// The evaluated arguments of a call to a built-in, with their columns, and
/// accessors that turn a wrong argument into a message naming the function.
struct Arguments {
    struct Positional {
        var value: Value
        var range: SourceRange
    }
    struct Named {
        var label: String
        var value: Value
        var range: SourceRange
        var labelRange: SourceRange
    }

    let function: String
    let range: SourceRange
    var positional: [Positional] = []
    var named: [Named] = []

    init(function: String, range: SourceRange, syntax: [Syntax.Argument], interpreter: Interpreter) throws(LanguageError) {
        self.function = function
        self.range = range
        for argument in syntax {
            let value = try interpreter.evaluate(argument.value)
            if let label = argument.label, let labelRange = argument.labelRange {
                if let first = named.first(where: { $0.label == label }) {
                    throw .invalidArgument(function: function,
                                           message: "\(label) is given twice (first at column \(first.labelRange.start)); give it once",
                                           at: labelRange)
                }
                named.append(Named(label: label, value: value, range: argument.value.range, labelRange: labelRange))
            } else {
                positional.append(Positional(value: value, range: argument.value.range))
            }
        }
    }

    /// Requires between `minimum` and `maximum` positional arguments.
    func expectCount(_ minimum: Int, _ maximum: Int, _ description: String) throws(LanguageError) {
        guard positional.count >= minimum, positional.count <= maximum else {
            throw .wrongArgumentCount(function: function, expected: description, got: positional.count, at: range)
        }
    }

    /// Rejects named arguments other than `allowed`, suggesting the nearest.
    func expectOptions(_ allowed: [String]) throws(LanguageError) {
        for option in named where !allowed.contains(option.label) {
            throw .unknownArgument(function: function, label: option.label, at: option.labelRange,
                                   suggestion: Suggestion.nearest(to: option.label, among: allowed))
        }
    }

    func expression(_ index: Int, _ role: String) throws(LanguageError) -> Expr {
        let argument = positional[index]
        guard let expr = Interpreter.expression(of: argument.value) else {
            throw .invalidArgument(function: function, message: "the \(role) must be an expression, not \(argument.value.kindDescription)",
                                   at: argument.range)
        }
        return expr
    }

    /// A variable name, such as the `x` of `diff(e, x)`.
    func variable(_ index: Int) throws(LanguageError) -> String {
        let argument = positional[index]
        guard case .expression(let expr) = argument.value, let name = expr.symbolName else {
            throw .invalidArgument(function: function,
                                   message: "expected a variable such as x, not \(argument.value.kindDescription) (was it given a value? :vars lists them)",
                                   at: argument.range)
        }
        return name
    }

    /// A list of variable names, such as the `[y, x]` of `grad(e, [y, x])`.
    func variables(_ index: Int) throws(LanguageError) -> [String] {
        try variables(in: positional[index].value, at: positional[index].range)
    }

    /// The names in a list of variables such as `[w, b]`.
    func variables(in value: Value, at range: SourceRange) throws(LanguageError) -> [String] {
        let problem = LanguageError.invalidArgument(function: function, message: "expected a list of variables such as [x, y]", at: range)
        guard case .list(let values) = value else { throw problem }
        var names: [String] = []
        for value in values {
            guard case .expression(let expr) = value, let name = expr.symbolName else { throw problem }
            guard !names.contains(name) else {
                throw .invalidArgument(function: function, message: "\(name) is listed twice; list each variable once", at: range)
            }
            names.append(name)
        }
        return names
    }

    /// A whole number at a position, within `bounds`.
    func integer(_ index: Int, _ role: String, in bounds: ClosedRange<Int>) throws(LanguageError) -> Int {
        let argument = positional[index]
        guard case .expression(let expr) = argument.value, let n = expr.number?.integerValue, bounds.contains(n) else {
            throw .invalidArgument(function: function, message: "the \(role) must be a whole number from \(bounds.lowerBound) to \(bounds.upperBound)",
                                   at: argument.range)
        }
        return n
    }

    /// The named arguments whose label is a variable, as substitutions: `x = 1, y = 2`.
    func bindings() throws(LanguageError) -> [(name: String, value: Expr, range: SourceRange)] {
        var result: [(String, Expr, SourceRange)] = []
        for option in named {
            guard let expr = Interpreter.expression(of: option.value) else {
                throw .invalidArgument(function: function, message: "\(option.label) must be given an expression", at: option.range)
            }
            result.append((option.label, expr, option.range))
        }
        return result
    }
}

extension Arguments {
    /// The same call seen from positional argument `index` onwards, for reading a nested subject.
    init(narrowing other: Arguments, to index: Int) {
        self.function = other.function
        self.range = other.range
        self.positional = Array(other.positional[index...])
        self.named = other.named
    }
}

import Language
import Plotting

/// What a plot or table draws: the expressions, the variable they are functions of,
/// and the parameters given values in the call (`plot(a*x^2, x = -1..1, a = 2)`).
struct PlotSubject {
    var expressions: [Expr]
    var variable: String

    /// Reads the expressions (one, a list, or a defined function) and finds their variable,
    /// treating the named options in `reserved` as options rather than parameters.
    init(_ args: Arguments, reserved: Set<String>, defaultVariable: String = "x") throws(LanguageError) {
        let first = args.positional[0]
        var expressions: [Expr] = []
        try PlotSubject.collect(first.value, into: &expressions, function: args.function, at: first.range)
        var parameters: [String: Expr] = [:]
        for option in args.named where !reserved.contains(option.label) {
            if let expr = Interpreter.expression(of: option.value) { parameters[option.label] = expr }
        }
        let mentioned = Set(expressions.flatMap(\.freeSymbols))
        expressions = expressions.map { $0.substituting(parameters) }
        let free = Set(expressions.flatMap(\.freeSymbols)).sorted()
        switch free.count {
        case 0:
            let ranged = args.named.first { if case .range = $0.value { return $0.label != "y" } else { return false } }
            variable = ranged?.label ?? defaultVariable
        case 1:
            variable = free[0]
        default:
            throw .invalidArgument(function: args.function,
                                   message: "it draws functions of one variable, but this has \(free.joined(separator: ", ")); give the others values, as in \(free[1]) = 1",
                                   at: first.range)
        }
        self.expressions = expressions
        try PlotSubject.checkOptions(args, reserved: reserved, variables: mentioned.union([variable]))
    }

    /// Rejects a named argument that is neither a setting nor one of the expressions' variables
    /// (`contour(f, foo = 0)`), suggesting the nearest.
    private static func checkOptions(_ args: Arguments, reserved: Set<String>, variables: Set<String>) throws(LanguageError) {
        let known = reserved.union(variables)
        for option in args.named where !known.contains(option.label) {
            throw .unknownArgument(function: args.function, label: option.label, at: option.labelRange,
                                   suggestion: Suggestion.nearest(to: option.label, among: known.sorted()))
        }
    }

    private static func collect(_ value: Value, into expressions: inout [Expr], function: String, at range: SourceRange)
        throws(LanguageError)
    {
        switch value {
        case .list(let values):
            for element in values { try collect(element, into: &expressions, function: function, at: range) }
        case .function(let userFunction):
            expressions.append(userFunction.body)
        default:
            guard let expr = Interpreter.expression(of: value) else {
                throw .invalidArgument(function: function,
                                       message: "expected an expression or a list of expressions, not \(value.kindDescription)",
                                       at: range)
            }
            expressions.append(expr)
        }
    }

    /// One curve per expression, named as the session prints it.
    func series(printer: Printer, function: String, at range: SourceRange) throws(LanguageError) -> [Series] {
        var result: [Series] = []
        for e in expressions {
            result.append(.function(printer.string(e), try NumericFunction.of(e, variable, function: function, at: range)))
        }
        return result
    }
}

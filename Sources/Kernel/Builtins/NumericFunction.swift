import Language

/// Expressions turned into fast numeric closures for plots and tables.
enum NumericFunction {
    /// `e` as a function of `variable`; other variables must already be substituted.
    static func of(_ e: Expr, _ variable: String, function: String, at range: SourceRange) throws(LanguageError)
        -> @Sendable (Double) -> Double
    {
        let compiled = try compile([e], [variable], function: function, at: range)
        return { x in compiled.evaluate([x])[0] }
    }

    /// `e` as a function of two variables.
    static func of(_ e: Expr, _ first: String, _ second: String, function: String, at range: SourceRange)
        throws(LanguageError) -> @Sendable (Double, Double) -> Double
    {
        let compiled = try compile([e], [first, second], function: function, at: range)
        return { x, y in compiled.evaluate([x, y])[0] }
    }

    static func compile(_ outputs: [Expr], _ inputs: [String], function: String, at range: SourceRange)
        throws(LanguageError) -> CompiledFunction
    {
        do throws(EvaluationError) {
            return try CompiledFunction(outputs: outputs, inputs: inputs)
        } catch {
            guard case .unboundVariable(let name) = error else { throw .other("cannot evaluate", at: range) }
            let known = inputs.joined(separator: " and ")
            throw .invalidArgument(function: function,
                                   message: "the expression has a variable '\(name)' besides \(known); give it a value, as in \(name) = 1",
                                   at: range)
        }
    }
}

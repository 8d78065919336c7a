import Language

/// diff, grad, hessian, simplify, expand, cancel, factor, together, apart, subs, taylor, eval, latex.
extension Builtins {
    static let calculus: [Builtin] = [
        Builtin(name: "diff", signature: "diff(e, x) or diff(e, x, n)",
                summary: "the exact derivative of e with respect to x (the n-th derivative with n)",
                example: "diff(sin(x)^2, x)") { args, interpreter throws(LanguageError) in
            try args.expectCount(2, 3, "2 or 3 arguments (an expression, a variable, and optionally an order)")
            try args.expectOptions([])
            let variable = try args.variable(1)
            let order = args.positional.count == 3 ? try args.integer(2, "order", in: 0...100) : 1
            return try Interpreter.map(args.positional[0].value, at: args.positional[0].range) { (e: Expr) throws(LanguageError) in
                var budget = NodeBudget(function: "diff", at: args.range)
                let session = interpreter.session
                var derivative = e
                for step in 0..<order {
                    derivative = try derivative.derivative(withRespectTo: variable) { () throws(LanguageError) in
                        guard session.interrupt.isRaised else { return }
                        throw .other("diff was interrupted (Ctrl-C) before it finished", at: args.range)
                    }
                    session.report(step + 1, order, "diff")
                    if step + 1 < order {
                        try budget.check(advice: "ask for a lower order than \(order), or differentiate a simpler expression")
                    }
                }
                return derivative
            }
        },
        Builtin(name: "grad", signature: "grad(e) or grad(e, [x, y])",
                summary: "the gradient: the list of partial derivatives, over the variables in alphabetical order or as listed",
                example: "grad(x^2 + 3*x*y)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 2, "1 or 2 arguments (an expression, and optionally a list of variables)")
            try args.expectOptions([])
            let e = try args.expression(0, "function")
            let variables = args.positional.count == 2 ? try args.variables(1) : e.freeSymbols
            return .list(e.gradient(withRespectTo: variables).map { .expression($0) })
        },
        Builtin(name: "hessian", signature: "hessian(e) or hessian(e, [x, y])",
                summary: "the matrix of second partial derivatives, as a list of rows",
                example: "hessian(x^2*y + y^3)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 2, "1 or 2 arguments (an expression, and optionally a list of variables)")
            try args.expectOptions([])
            let e = try args.expression(0, "function")
            let variables = args.positional.count == 2 ? try args.variables(1) : e.freeSymbols
            return .list(e.gradient(withRespectTo: variables).map { first in
                .list(first.gradient(withRespectTo: variables).map { .expression($0) })
            })
        },
        Builtin(name: "simplify", signature: "simplify(e)",
                summary: "the shortest equivalent form found (expanding, sin² + cos² = 1, merging exponentials)",
                example: "simplify(sin(x)^2 + cos(x)^2 + (x + 1)^2 - x^2)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (an expression)")
            try args.expectOptions([])
            return try Interpreter.map(args.positional[0].value, at: args.range) { $0.simplified() }
        },
        Builtin(name: "expand", signature: "expand(e)",
                summary: "multiplies out products and powers of sums",
                example: "expand((x + 1)^3)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (an expression)")
            try args.expectOptions([])
            return try Interpreter.map(args.positional[0].value, at: args.range) { (e: Expr) throws(LanguageError) in
                do throws(Expr.ExpansionTooLarge) {
                    return try e.expanded(maximumTerms: Expr.maximumExpandedTerms)
                } catch {
                    let printed = interpreter.session.settings.printer.string(error.part)
                    let part = printed.count > 40 ? printed.prefix(39) + "…" : printed
                    throw .invalidArgument(function: "expand",
                                           message: "multiplying out \(part) passes the limit of \(error.maximumTerms) terms (or \(error.maximumTerms * 100) products of terms); expand a smaller power, or keep it factored",
                                           at: args.range)
                }
            }
        },
        Builtin(name: "cancel", signature: "cancel(e)",
                summary: "one fraction with the common factors of numerator and denominator divided out",
                example: "cancel((x^2 - 1)/(x - 1))") { args, _ throws(LanguageError) in
            try polynomialAlgebra("cancel", args) { e throws(PolynomialError) in try e.cancelled() }
        },
        Builtin(name: "factor", signature: "factor(e)",
                summary: "a polynomial (or quotient of polynomials) as a product of irreducible factors with rational coefficients",
                example: "factor(2x^2 + 4x + 2)") { args, _ throws(LanguageError) in
            try polynomialAlgebra("factor", args) { e throws(PolynomialError) in try e.factored() }
        },
        Builtin(name: "together", signature: "together(e)",
                summary: "a sum of fractions as one fraction over a common denominator, without cancelling",
                example: "together(1/x + 1/(x + 1))") { args, _ throws(LanguageError) in
            try polynomialAlgebra("together", args) { e throws(PolynomialError) in try e.together() }
        },
        Builtin(name: "apart", signature: "apart(e, x)",
                summary: "the partial-fraction decomposition of a quotient of polynomials in x",
                example: "apart(1/(x^2 - 1), x)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 2, "1 or 2 arguments (an expression, and its variable)")
            try args.expectOptions([])
            let e = try args.expression(0, "function")
            let variable: String
            if args.positional.count == 2 {
                variable = try args.variable(1)
            } else {
                guard e.freeSymbols.count == 1 else {
                    throw .invalidArgument(function: "apart", message: "say which variable, as in apart(e, x)", at: args.range)
                }
                variable = e.freeSymbols[0]
            }
            do throws(PolynomialError) {
                return .expression(try e.apart(in: variable))
            } catch {
                throw .invalidArgument(function: "apart", message: error.message, at: args.positional[0].range)
            }
        },
        Builtin(name: "subs", signature: "subs(e, x = e2, ...)",
                summary: "replaces variables by expressions, all at once",
                example: "subs(x^2 + y, x = t + 1, y = 2)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument and substitutions such as x = 2")
            let replacements = try args.bindings()
            let table = Dictionary(replacements.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
            return try Interpreter.map(args.positional[0].value, at: args.range) { $0.substituting(table) }
        },
        Builtin(name: "taylor", signature: "taylor(e, x, a, n)",
                summary: "the Taylor polynomial of degree n about x = a (a = 0 and n = 3 when left out; n = 1 is the tangent line)",
                example: "taylor(exp(x), x, 0, 3)") { args, _ throws(LanguageError) in
            try args.expectCount(2, 4, "2 to 4 arguments (an expression, a variable, a point, a degree)")
            try args.expectOptions([])
            let e = try args.expression(0, "function")
            let variable = try args.variable(1)
            let point = args.positional.count >= 3 ? try args.expression(2, "point") : .zero
            let order = args.positional.count == 4 ? try args.integer(3, "degree", in: 0...30) : 3
            return .expression(e.taylor(in: variable, at: point, order: order))
        },
        Builtin(name: "eval", signature: "eval(e, x = 1, y = 2)",
                summary: "the numeric value with the variables given (a list for a list)",
                example: "eval(x^2 + 3*x*y, x = 1, y = 2)") { args, _ throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument and values such as x = 1")
            var bindings: [String: Double] = [:]
            for binding in try args.bindings() {
                do throws(EvaluationError) {
                    bindings[binding.name] = try binding.value.evaluate(bindings)
                } catch {
                    throw .invalidArgument(function: "eval", message: "the value of \(binding.name) must be a number",
                                           at: binding.range)
                }
            }
            return try evaluateNumerically(args.positional[0].value, bindings, at: args.positional[0].range)
        },
        Builtin(name: "latex", signature: "latex(e)",
                summary: "the LaTeX source of an expression, for handouts and slides",
                example: "latex(diff(sigmoid(x), x))") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (an expression)")
            try args.expectOptions([])
            let printer = Printer(style: .latex, digits: interpreter.session.settings.digits)
            return .text(latexText(args.positional[0].value, printer))
        },
    ]

    /// Runs a polynomial-algebra operation of one expression (or each in a list), with its
    /// reason in the error when the expression is not exact or not rational.
    private static func polynomialAlgebra(
        _ name: String, _ args: Arguments, _ transform: (Expr) throws(PolynomialError) -> Expr
    ) throws(LanguageError) -> Value {
        try args.expectCount(1, 1, "1 argument (an expression)")
        try args.expectOptions([])
        return try applying(args.positional[0].value, at: args.positional[0].range) { e throws(LanguageError) in
            do throws(PolynomialError) {
                return try transform(e)
            } catch {
                throw .invalidArgument(function: name, message: error.message, at: args.positional[0].range)
            }
        }
    }

    private static func applying(
        _ value: Value, at range: SourceRange, _ transform: (Expr) throws(LanguageError) -> Expr
    ) throws(LanguageError) -> Value {
        if case .list(let values) = value {
            var result: [Value] = []
            for element in values { result.append(try applying(element, at: range, transform)) }
            return .list(result)
        }
        guard let expr = Interpreter.expression(of: value) else { throw .notAnExpression(value.kindDescription, at: range) }
        return .expression(try transform(expr))
    }

    private static func evaluateNumerically(
        _ value: Value, _ bindings: [String: Double], at range: SourceRange
    ) throws(LanguageError) -> Value {
        switch value {
        case .list(let values):
            var result: [Value] = []
            for element in values { result.append(try evaluateNumerically(element, bindings, at: range)) }
            return .list(result)
        default:
            guard let expr = Interpreter.expression(of: value) else {
                throw .notAnExpression(value.kindDescription, at: range)
            }
            do throws(EvaluationError) {
                return .number(try expr.evaluate(bindings))
            } catch {
                guard case .unboundVariable(let name) = error else { throw .other("cannot evaluate", at: range) }
                throw .unboundVariable(name, at: range, context: "eval")
            }
        }
    }

    private static func latexText(_ value: Value, _ printer: Printer) -> String {
        switch value {
        case .list(let values):
            return "\\left[" + values.map { latexText($0, printer) }.joined(separator: ", ") + "\\right]"
        default:
            return Interpreter.expression(of: value).map(printer.string) ?? value.kindDescription
        }
    }
}

import Language

/// Reads an answer as pure mathematics, with no session: `3x^2 + 1`, `4.4`, `sigmoid(x)*(1 - sigmoid(x))`.
enum AnswerReader {
    /// The syntax tree of `text` as typed, or the diagnostic to show under it.
    static func syntax(_ text: String) -> Result<Syntax, Diagnostic> {
        do throws(SyntaxError) {
            return .success(try Parser.parseExpression(text))
        } catch {
            return .failure(error.diagnostic)
        }
    }

    /// The expression `text` denotes, or the diagnostic to show under it.
    static func read(_ text: String) -> Result<Expr, Diagnostic> {
        syntax(text).flatMap(algebraic)
    }

    /// A list `[a, b]` as its components, anything else as one component.
    static func components(_ text: String) -> Result<[Expr], Diagnostic> {
        syntax(text).flatMap(components)
    }

    static func components(_ syntax: Syntax) -> Result<[Expr], Diagnostic> {
        guard case .list(let elements, _) = syntax else { return algebraic(syntax).map { [$0] } }
        var exprs: [Expr] = []
        for element in elements {
            switch algebraic(element) {
            case .success(let expr): exprs.append(expr)
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        return .success(exprs)
    }

    static func algebraic(_ syntax: Syntax) -> Result<Expr, Diagnostic> {
        do throws(LanguageError) {
            return .success(try syntax.algebraic())
        } catch {
            return .failure(error.diagnostic)
        }
    }
}

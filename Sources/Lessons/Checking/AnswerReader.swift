import Language

/// Reads an answer as pure mathematics, with no session: `3x^2 + 1`, `4.4`, `sigmoid(x)*(1 - sigmoid(x))`.
enum AnswerReader {
    /// The expression `text` denotes, or the diagnostic to show under it.
    static func read(_ text: String) -> Result<Expr, Diagnostic> {
        let syntax: Syntax
        do throws(SyntaxError) {
            syntax = try Parser.parseExpression(text)
        } catch {
            return .failure(error.diagnostic)
        }
        do throws(LanguageError) {
            return .success(try syntax.algebraic())
        } catch {
            return .failure(error.diagnostic)
        }
    }
}

@testable import Language

/// Parses `text` as pure mathematics, failing the test on an error.
func expr(_ text: String) throws -> Expr {
    try Parser.parseExpression(text).algebraic()
}

func ascii(_ expr: Expr) -> String { Printer(style: .ascii).string(expr) }
func unicode(_ expr: Expr) -> String { Printer(style: .unicode).string(expr) }
func latex(_ expr: Expr) -> String { Printer(style: .latex).string(expr) }

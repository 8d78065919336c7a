import Testing
@testable import Language

/// `a + b - c + …` and `a * b / c * …` are built as one n-ary sum or product: the same
/// expression as folding pairwise, for work linear in the number of operands.
@Suite struct OperatorChainTests {
    /// The expression folded one operator at a time, as before chains were collected.
    static func pairwise(_ syntax: Syntax) throws -> Expr {
        switch syntax {
        case .binary(let op, let left, let right, _):
            return Syntax.apply(op, try pairwise(left), try pairwise(right))
        case .negate(let operand, _):
            return -(try pairwise(operand))
        default:
            return try syntax.algebraic()
        }
    }

    @Test(arguments: [
        "a - b + c - a", "x*y/x*2", "1 - 2 + x - 3", "x/x", "2*x/4", "x - x + x", "0.1*x + 0.2*x - 0.3*x",
        "a*b^2/b*c - a*c*b", "x/0 + 1", "(x + 1)*(x - 1)/(x + 1)", "2^3^2 - 64*8", "-x + x*2 - 3/x",
    ])
    func aChainIsTheSameExpressionAsThePairwiseFold(text: String) throws {
        let syntax = try Parser.parseExpression(text)
        #expect(try syntax.algebraic() == Self.pairwise(syntax))
    }

    static func sumWork(_ count: Int, _ op: String) throws -> Int {
        let text = (1...count).map { "x\($0)" }.joined(separator: " \(op) ")
        let syntax = try Parser.parseExpression(text)
        return try ConstructionStatistics.measuring { try syntax.algebraic() }.1.work
    }

    @Test(arguments: ["+", "-", "*", "/"])
    func aLongChainCostsWorkLinearInItsLength(op: String) throws {
        let small = try Self.sumWork(1000, op)
        let large = try Self.sumWork(4000, op)
        #expect(small > 0)
        #expect(Double(large) <= 4.5 * Double(small), "work \(small) for 1000 operands, \(large) for 4000")
    }
}

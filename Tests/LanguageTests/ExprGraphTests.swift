import Testing
@testable import Language

/// The one memoised walk over an expression's shared graph.
@Suite struct ExprGraphTests {
    @Test func foldVisitsEachDistinctSubexpressionOnceChildrenFirst() throws {
        var f = Expr.symbol("x")
        for _ in 0..<30 { f = .call(.sin, [f]) * .call(.cos, [f]) + f }
        var visited: [Expr] = []
        let count = f.fold { (expr, _, children: [Int]) in
            visited.append(expr)
            return 1 + children.count
        }
        #expect(visited.count == f.nodeCount)
        #expect(Set(visited).count == visited.count)
        #expect(visited.last == f)
        #expect(count == 1 + f.node.children.count)
    }

    @Test func graphOfSeveralRootsSharesTheirCommonPart() throws {
        let a = try expr("sin(x*y) + x")
        let b = try expr("sin(x*y)*y")
        let graph = ExprGraph(roots: [a, b, a])
        #expect(graph.count == Set([a, b].flatMap { ExprGraph(roots: [$0]).exprs }).count)
        let values = try graph.fold { (_, node, children: [Double]) throws(EvaluationError) in
            try Expr.localValue(node, ["x": 0.5, "y": 2], children)
        }
        #expect(values == [try a.evaluate(["x": 0.5, "y": 2]), try b.evaluate(["x": 0.5, "y": 2]),
                           try a.evaluate(["x": 0.5, "y": 2])])
    }

    @Test(arguments: [Printer.Style.unicode, .ascii, .latex])
    func everySubexpressionWrittenInOnePassMatchesWritingItAlone(_ style: Printer.Style) throws {
        let f = try expr("x^2/(1 + exp(-3*x)) - sqrt(x)*sin(2*x)/x^3 + min(x, 1)")
        let printer = Printer(style: style)
        for (subexpression, text) in printer.strings(ofSubexpressionsOf: f) {
            #expect(text == printer.string(subexpression))
        }
    }

    @Test func printingADeepChainWritesItInFull() {
        var f = Expr.symbol("x")
        for _ in 0..<5_000 { f = .call(.sin, [f]) }
        let text = ascii(f)
        #expect(text == String(repeating: "sin(", count: 5_000) + "x" + String(repeating: ")", count: 5_000))
    }
}

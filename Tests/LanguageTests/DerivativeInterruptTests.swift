import Testing
@testable import Language

/// A long derivative polls its caller every thousand or so nodes, so Ctrl-C can stop it.
@Suite struct DerivativeInterruptTests {
    struct Stop: Error, Equatable {}

    /// `x^x^…^x` with `height` levels: its derivatives grow quickly.
    static func tower(_ height: Int) -> Expr {
        var f = Expr.symbol("x")
        for _ in 1..<height { f = .power(.symbol("x"), f) }
        return f
    }

    @Test func aLargeDerivativePollsManyTimesAndGivesTheSameResult() throws {
        var f = Self.tower(4)
        for _ in 0..<9 { f = f.derivative(withRespectTo: "x") }
        var polls = 0
        let polled = try f.derivative(withRespectTo: "x") { () throws(Stop) in polls += 1 }
        #expect(polls > 1)
        #expect(polled == f.derivative(withRespectTo: "x"))
    }

    @Test(arguments: [1, 2])
    func anErrorFromThePollStopsTheDerivative(afterPolls limit: Int) {
        var f = Self.tower(4)
        for _ in 0..<9 { f = f.derivative(withRespectTo: "x") }
        var polls = 0
        #expect(throws: Stop()) {
            try f.derivative(withRespectTo: "x") { () throws(Stop) in
                polls += 1
                if polls >= limit { throw Stop() }
            }
        }
        #expect(polls == limit)
    }
}

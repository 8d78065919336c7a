import Language
import Testing
@testable import Kernel

/// A cell `grad(x1 + x2 + … + xn)` builds its sum and its gradient with work linear in n.
@Suite struct OperatorChainScalingTests {
    static func gradientWork(_ count: Int) throws -> (work: Int, value: Value) {
        let sum = (1...count).map { "x\($0)" }.joined(separator: " + ")
        let syntax = try Parser.parseExpression("grad(\(sum))")
        let interpreter = Interpreter(session: Session())
        let (value, statistics) = try ConstructionStatistics.measuring { try interpreter.evaluate(syntax) }
        return (statistics.work, value)
    }

    @Test func gradOfASumOfManyVariablesCostsWorkLinearInTheirNumber() throws {
        let small = try Self.gradientWork(1000)
        let large = try Self.gradientWork(4000)
        guard case .list(let entries) = large.value else {
            Issue.record("grad gave \(large.value)")
            return
        }
        #expect(entries.count == 4000)
        #expect(small.work > 0)
        #expect(Double(large.work) <= 4.5 * Double(small.work), "work \(small.work) for 1000, \(large.work) for 4000")
    }

    @Test func aChainMixingListsAndExpressionsCombinesElementwise() {
        #expect(show("[1, 2] + x - [x, 1] + 3") == "[4, x + 4]")
        #expect(show("2 * [x, 1] / x * x") == "[2*x, 2]")
    }
}

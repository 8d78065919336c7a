import Testing
@testable import Language

/// Integers and fractions stay exact; decimals are doubles; IEEE values at the edges.
@Suite struct ExactnessTests {
    @Test func fractionsStayExactThroughDifferentiation() throws {
        #expect(ascii(try expr("x^3/3").derivative(withRespectTo: "x")) == "x^2")
        #expect(ascii(try expr("x^2/7").derivative(withRespectTo: "x")) == "2*x/7")
        #expect(ascii(try expr("x^4/12").derivative(withRespectTo: "x", order: 2)) == "x^2")
    }

    @Test func decimalsAreFloatingPoint() throws {
        #expect(ascii(try expr("0.1 + 0.2")) == "0.3")
        #expect(try expr("0.1 + 0.2").number == .real(0.1 + 0.2))
        #expect(try expr("1/10").number == .fraction(1, 10))
    }

    @Test func integersPastSixtyFourBitsStayExact() throws {
        let big = try expr("9223372036854775807 + 1")
        #expect(big.number?.isExact == true)
        #expect(ascii(big) == "9223372036854775808")
        #expect(try expr("2^1000").number?.doubleValue == 0x1p1000)
        #expect(ascii(try expr("99999999999999999999999 + 1")) == "100000000000000000000000")
    }

    @Test(arguments: [
        ("log(-1)", Double.nan), ("1/0", .infinity), ("log(0)", -.infinity), ("sqrt(-4)", .nan), ("0/0", .nan),
    ])
    func valuesOutsideTheDomainAreIEEEValues(input: String, expected: Double) throws {
        let value = try expr(input).evaluate()
        #expect(value.isNaN == expected.isNaN)
        if !expected.isNaN { #expect(value == expected) }
    }

    @Test func evaluationNamesTheMissingVariable() throws {
        #expect(throws: EvaluationError.unboundVariable("y")) { try expr("x + y").evaluate(["x": 1]) }
    }

    @Test func compiledFunctionMatchesTreeEvaluationToTheBit() throws {
        let f = try expr("(1 - x)^2 + 100*(y - x^2)^2 + sigmoid(x*y) + x^0.5")
        let compiled = try CompiledFunction(outputs: [f, f.derivative(withRespectTo: "x")], inputs: ["x", "y"])
        let values = compiled.evaluate([0.7, -0.3])
        #expect(values[0] == (try f.evaluate(["x": 0.7, "y": -0.3])))
        #expect(values[1] == (try f.derivative(withRespectTo: "x").evaluate(["x": 0.7, "y": -0.3])))
    }

    @Test func substitutionIsSimultaneous() throws {
        #expect(ascii(try expr("x - 2*y").substituting(["x": .symbol("y"), "y": .symbol("x")])) == "y - 2*x")
    }

    @Test func taylorPolynomials() throws {
        #expect(ascii(try expr("exp(x)").taylor(in: "x", at: .zero, order: 3)) == "x^3/6 + x^2/2 + x + 1")
        #expect(ascii(try expr("x^2").taylor(in: "x", at: .integer(1), order: 1)) == "2*x - 1")
    }

    @Test func simplifyUsesTextbookIdentities() throws {
        #expect(ascii(try expr("sin(x)^2 + cos(x)^2").simplified()) == "1")
        #expect(ascii(try expr("(x + 1)^2 - x^2").simplified()) == "2*x + 1")
        #expect(ascii(try expr("exp(x)*exp(2*x)").simplified()) == "exp(3*x)")
    }

    @Test func expandMultipliesOut() throws {
        #expect(ascii(try expr("(x + 1)^3").expanded()) == "x^3 + 3*x^2 + 3*x + 1")
        #expect(ascii(try expr("(x - y)*(x + y)").expanded()) == "x^2 - y^2")
    }
}

import Testing
@testable import Language

/// Taylor polynomials from truncated power-series arithmetic (issue 13): exact, equal to
/// differentiating k times where both apply, and fast where differentiating is not (`x^x`).
@Suite struct PowerSeriesTaylorTests {
    /// SymPy's `series(x**x, x, 1, 31)`: the coefficient of (x − 1)^k for k = 0…30.
    private static let sympyCoefficientsOfXToTheXAtOne = [
        "1",
        "1",
        "1",
        "1/2",
        "1/3",
        "1/12",
        "3/40",
        "-1/120",
        "59/2520",
        "-71/5040",
        "131/10080",
        "-53/5040",
        "179063/19958400",
        "-152587/19958400",
        "1711379/259459200",
        "-2976271/518918400",
        "10956347/2179457280",
        "-19341869/4358914560",
        "4868569481/1235025792000",
        "-13052168197/3705077376000",
        "1336857226717/422378820864000",
        "-150881331703/52797352608000",
        "312800427143/120679663104000",
        "-1994295576001/844757641728000",
        "1162545732884416477/538583682060103680000",
        "-1066743770616172283/538583682060103680000",
        "982084002016960747/538583682060103680000",
        "-1813863044243307923/1077167364120207360000",
        "8189378440728878851/5251190900086010880000",
        "-121676288622267911471/84019054401376174080000",
        "54748949220556609896067/40609209627331817472000000",
    ]

    @Test func xToTheXAtOneToOrderThirtyHasSymPysCoefficients() throws {
        let series = try expr("x^x").taylor(in: "x", at: .integer(1), order: 30)
        let inShift = series.substituting(["x": .symbol("h") + .integer(1)])
        let polynomial = try #require(inShift.polynomial(in: ["h"]))
        for (k, text) in Self.sympyCoefficientsOfXToTheXAtOne.enumerated() {
            let expected = try #require(try expr(text).number)
            #expect(polynomial.terms[[k]] == expected, "coefficient of (x - 1)^\(k)")
        }
        #expect(polynomial.terms.keys.allSatisfy { $0[0] <= 30 })
    }

    @Test(arguments: [
        ("exp(x)", 0), ("log(1 + x)", 0), ("sin(x)", 0), ("cos(x)", 0), ("1/(1 - x)", 0),
        ("x^x", 1), ("tan(x)", 0), ("sqrt(1 + x)", 0), ("sqrt(x)", 4), ("tanh(x)", 0),
        ("sinh(x) + cosh(2x)", 0), ("sigmoid(x)", 0), ("atan(x)", 0), ("x^3 - 2x + 5", 2),
        ("exp(sin(x))", 0), ("log(x)", 1), ("1/x", 2), ("x^(-2)", 1), ("(1 + x)^(2/3)", 7),
    ])
    func seriesEqualsDifferentiatingToOrderFive(text: String, point: Int) throws {
        let f = try expr(text)
        let series = f.taylor(in: "x", at: .integer(point), order: 5)
        #expect(f.powerSeries(in: "x", at: .integer(point), order: 5) != nil)
        #expect(series == f.taylorByDifferentiating(in: "x", at: .integer(point), order: 5))
    }

    @Test(arguments: [
        ("exp(x)", "1"), ("log(x)", "2"), ("sin(x)", "1"), ("pi*x^2", "0"), ("x^2", "1.5"),
        ("cos(x) + y", "0"), ("sqrt(x)", "2"), ("abs(x)", "1"), ("2^x", "0"),
    ])
    func irrationalOrSymbolicCoefficientsFallBackToDifferentiating(text: String, point: String) throws {
        let f = try expr(text)
        let a = try expr(point)
        if let number = a.number {
            #expect(f.powerSeries(in: "x", at: number, order: 4) == nil)
        }
        #expect(f.taylor(in: "x", at: a, order: 4) == f.taylorByDifferentiating(in: "x", at: a, order: 4))
    }

    @Test func orderZeroIsTheValueAtThePoint() throws {
        #expect(ascii(try expr("x^x").taylor(in: "x", at: .integer(1), order: 0)) == "1")
    }
}

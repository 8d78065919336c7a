import Testing
@testable import Language

/// Differentiation costs work proportional to the expression's graph: counted as the nodes
/// and edges it constructs, so a quadratic algorithm fails however fast the machine is.
@Suite struct DerivativeScalingTests {
    /// One level of a composition, applied to the level below.
    struct Level: CustomTestStringConvertible, Sendable {
        let name: String
        let wrap: @Sendable (Expr) -> Expr
        var testDescription: String { name }
    }

    static let levels: [Level] = [
        Level(name: "sin(u)") { .call(.sin, [$0]) },
        Level(name: "cos(u)") { .call(.cos, [$0]) },
        Level(name: "exp(u)/4") { .call(.exp, [$0]) / .integer(4) },
        Level(name: "sigmoid(u)") { .call(.sigmoid, [$0]) },
        Level(name: "u^3") { .power($0, .integer(3)) },
        Level(name: "x*sin(u)") { .symbol("x") * .call(.sin, [$0]) },
        Level(name: "sin(u) + 1") { .call(.sin, [$0]) + .one },
    ]

    static func chain(_ level: Level, depth: Int) -> Expr {
        var f = Expr.symbol("x")
        for _ in 0..<depth { f = level.wrap(f) }
        return f
    }

    static func derivativeWork(_ level: Level, depth: Int) -> Int {
        let f = chain(level, depth: depth)
        return ConstructionStatistics.measuring { f.derivative(withRespectTo: "x") }.1.work
    }

    @Test(arguments: levels)
    func derivativeOfADeepCompositionCostsWorkLinearInItsDepth(_ level: Level) {
        let small = Self.derivativeWork(level, depth: 1000)
        let large = Self.derivativeWork(level, depth: 4000)
        #expect(small > 0)
        #expect(Double(large) <= 4.5 * Double(small), "work \(small) at depth 1000, \(large) at depth 4000")
    }

    @Test(arguments: levels)
    func derivativeOfADeepCompositionKeepsItsValue(_ level: Level) throws {
        let f = Self.chain(level, depth: 40)
        let df = f.derivative(withRespectTo: "x")
        let x = 0.3, h = 1e-6
        let central = (try f.evaluate(["x": x + h]) - f.evaluate(["x": x - h])) / (2 * h)
        let exact = try df.evaluate(["x": x])
        #expect(abs(exact - central) <= 1e-5 * max(1, abs(exact)), "\(exact) against \(central)")
    }

    @Test func derivativeOfAChainIsTheProductOfItsLocalDerivatives() throws {
        let f = try expr("sin(sin(sin(x)))")
        #expect(ascii(f.derivative(withRespectTo: "x")) == "cos(sin(sin(x)))*cos(sin(x))*cos(x)")
    }

    static func sumOfVariables(_ count: Int) -> (Expr, [String]) {
        let names = (0..<count).map { "v\($0)" }
        return (.sum(names.map(Expr.symbol)), names)
    }

    @Test func gradientOfASumOfManyVariablesCostsWorkLinearInTheirNumber() {
        let (small, smallNames) = Self.sumOfVariables(1000)
        let (large, largeNames) = Self.sumOfVariables(4000)
        let smallWork = ConstructionStatistics.measuring { small.gradient(withRespectTo: smallNames) }.1.work
        let (gradient, largeStatistics) = ConstructionStatistics.measuring { large.gradient(withRespectTo: largeNames) }
        #expect(gradient.allSatisfy { $0 == .one })
        #expect(Double(largeStatistics.work) <= 4.5 * Double(smallWork), "work \(smallWork) for 1000, \(largeStatistics.work) for 4000")
    }

    @Test func gradientAgreesWithCentralDifferences() throws {
        let f = try expr("x^2*y + sin(x*y) + exp(z)/y - min(x, z)")
        let point = ["x": 0.7, "y": 1.3, "z": -0.4, "w": 2.0]
        let names = ["x", "y", "z", "w"]
        for (name, derivative) in zip(names, f.gradient(withRespectTo: names)) {
            var plus = point, minus = point
            plus[name]! += 1e-6
            minus[name]! -= 1e-6
            let central = (try f.evaluate(plus) - f.evaluate(minus)) / 2e-6
            #expect(abs(try derivative.evaluate(point) - central) < 1e-6, "∂/∂\(name)")
        }
    }

    @Test func countingSeesOnlyTheMeasuredWork() {
        let x = Expr.symbol("x")
        let statistics = ConstructionStatistics.measuring { _ = x + .one }.1
        #expect(statistics.nodes >= 2)
        #expect(statistics.edges >= 2)
        #expect(ConstructionStatistics.measuring { }.1 == ConstructionStatistics())
    }
}

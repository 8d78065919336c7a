import Foundation
import Testing
@testable import Language

/// Properties that must hold for every expression, checked over thousands of seeded random ones.
@Suite struct PropertyTests {
    static let count = 3000

    @Test func derivativeAgreesWithCentralFiniteDifference() throws {
        var random = RandomExpressions(seed: 42)
        var checked = 0
        for _ in 0..<Self.count {
            let f = random.expression(depth: 4)
            let df = f.derivative(withRespectTo: "x")
            var point = random.point()
            guard let value = try? f.evaluate(point), value.isFinite, abs(value) < 1e6,
                  let symbolic = try? df.evaluate(point), symbolic.isFinite else { continue }
            let x = point["x"]!
            let h = 1e-5 * max(1, abs(x))
            point["x"] = x + h
            guard let right = try? f.evaluate(point) else { continue }
            point["x"] = x - h
            guard let left = try? f.evaluate(point) else { continue }
            let numeric = (right - left) / (2 * h)
            // Tolerance scaled to conditioning: round-off in f grows like |f|/h; curvature like h².
            point["x"] = x
            let second = (right - 2 * value + left) / (h * h)
            let tolerance = 1e-6 + 1e-9 * abs(value) / h + abs(second) * h
            guard numeric.isFinite, abs(second) < 1e8 else { continue }
            #expect(abs(numeric - symbolic) <= tolerance * max(1, abs(symbolic)),
                    "d/dx \(ascii(f)) = \(ascii(df)) at \(point): symbolic \(symbolic), numeric \(numeric)")
            checked += 1
        }
        #expect(checked > Self.count / 2)
    }

    @Test(arguments: [Printer.Style.ascii, .unicode])
    func printingThenParsingKeepsTheValue(style: Printer.Style) throws {
        var random = RandomExpressions(seed: 7)
        let printer = Printer(style: style, digits: 17)
        for _ in 0..<Self.count {
            let f = random.expression(depth: 4)
            let text = printer.string(f)
            let parsed = try Parser.parseExpression(text).algebraic()
            let point = random.point()
            guard let expected = try? f.evaluate(point) else { continue }
            let actual = try parsed.evaluate(point)
            #expect(agree(actual, expected, tolerance: 1e-9), "\(text) read back as \(ascii(parsed))")
        }
    }

    @Test func simplifyAndExpandNeverChangeTheValue() throws {
        var random = RandomExpressions(seed: 99)
        for _ in 0..<Self.count / 3 {
            let f = random.expression(depth: 3)
            let point = random.point()
            guard let expected = try? f.evaluate(point), expected.isFinite, abs(expected) < 1e6 else { continue }
            for form in [f.simplified(), f.expanded()] {
                let actual = try form.evaluate(point)
                #expect(agree(actual, expected, tolerance: 1e-7), "\(ascii(f)) became \(ascii(form))")
            }
        }
    }

    @Test func derivativeIsNeverLargerThanTheProductRuleWritesIt() throws {
        // Sharing keeps the graph of a derivative linear in the input's size.
        var f = Expr.symbol("x")
        for _ in 0..<300 { f = .call(.sin, [f]) + .symbol("x") }
        let df = f.derivative(withRespectTo: "x")
        #expect(df.nodeCount < 10 * f.nodeCount)
    }
}

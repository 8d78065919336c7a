import Optimization
import BigInt
import Testing
@testable import Language

/// Exact integers and fractions of any size: regressions from issue 12, and properties
/// of `Number` checked against `Int` where it fits and against identities where it doesn't.
@Suite struct ExactNumberTests {
    private func factorial(_ n: Int) -> BigInt { (1...max(n, 1)).reduce(BigInt(1)) { $0 * BigInt($1) } }

    @Test(arguments: [22, 30])
    func taylorCoefficientsOfExpAreOneOverKFactorial(order: Int) throws {
        let series = try expr("exp(x)").taylor(in: "x", at: .zero, order: order)
        let polynomial = try #require(series.polynomial(in: ["x"]))
        for k in 0...order {
            var exponents = [0]
            exponents[0] = k
            #expect(polynomial.terms[exponents] == .fraction(BigInt(1), factorial(k)), "coefficient of x^\(k)")
        }
        #expect(ascii(series).hasPrefix("x^\(order)/\(factorial(order))"))
    }

    @Test func bigCancellationIsExact() throws {
        #expect(ascii(try expr("3^40 + 1 - 3^40")) == "1")
        #expect(ascii(try expr("2^100")) == "1267650600228229401496703205376")
        #expect(try expr("2^100").number?.isExact == true)
    }

    @Test func productsOfAHundredFactorsStayExact() throws {
        let product = (1...100).reduce(Expr.one) { $0 * .integer($1) }
        #expect(ascii(product) == factorial(100).description)
        #expect(ascii(product / (product - .one) * (product - .one) / product) == "1")
    }

    @Test func expandingAHighPowerGivesExactBinomialCoefficients() throws {
        let expanded = try expr("(2x + 1)^64").expanded()
        let polynomial = try #require(expanded.polynomial(in: ["x"]))
        var binomial = BigInt(1)
        for k in 0...64 {
            #expect(polynomial.terms[[k]] == .integer(binomial * BigInt(2).power(k)), "coefficient of x^\(k)")
            binomial = binomial * BigInt(64 - k) / BigInt(k + 1)
        }
    }

    @Test func aDecimalOneIsNotExact() throws {
        let product = try expr("x*1.0")
        #expect(product != .symbol("x"))
        #expect(ascii(product) == "1.0*x")
        #expect(unicode(product) == "1.0x")
        #expect(ascii(try expr("x^1.0")) == "x^1.0")
        #expect(try product.evaluate(["x": 3]) == 3)
    }

    @Test func hugeExactPowersAreAnErrorNamingTheLimit() throws {
        #expect(throws: LanguageError.self) { try expr("2^(10^9)") }
        do {
            _ = try Parser.parseExpression("2^(10^9)").algebraic()
        } catch let error as LanguageError {
            let message = error.diagnostic.message
            #expect(message.contains("301,029,996 digits") && message.contains("100,000 digits"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(try expr("2^300000").number?.isExact == true)
        #expect(throws: LanguageError.self) { try expr("2^400000") }
        #expect(Expr.power(.integer(2), .integer(400_000)).number == nil)
        #expect(try expr("(-1)^(10^18 + 1)").number == .minusOne)
        #expect(try expr("0^(10^18)").number == .zero)
        #expect(try expr("2.0^1000000000").number?.doubleValue == .infinity)
    }

    @Test func longIntegersFoldInUnicodeAndLatexButNotAscii() throws {
        let big = try expr("10^100 + 1")
        let digits = "1" + String(repeating: "0", count: 99) + "1"
        #expect(ascii(big) == digits)
        #expect(unicode(big) == [digits.prefix(60), digits.dropFirst(60)].joined(separator: "\\\n"))
        #expect(latex(big) == [digits.prefix(60), digits.dropFirst(60)].joined(separator: "\\allowbreak "))
        #expect(Printer(style: .unicode, digits: 3).string(big).filter(\.isNumber).count == 101)
    }

    @Test func constructorsNormalise() {
        #expect(Number.fraction(2, 4) == .fraction(1, 2))
        #expect(Number.fraction(3, -6) == .fraction(-1, 2))
        #expect(Number.fraction(BigInt(1) << 100, BigInt(1) << 99) == .integer(2))
        #expect(Number.integer(BigInt(7)).smallParts?.numerator == 7)
        #expect(Number.fraction(Int.min, 1) == .integer(BigInt(Int.min)))
        #expect((Number.integer(Int.max) + .one).exactParts?.numerator == BigInt(Int.max) + 1)
        #expect(!Number.real(1).isExact && Number.real(1) != .one)
    }

    @Test func smallArithmeticAgreesWithInt() {
        var generator = SplitMix64(seed: 12)
        for _ in 0..<2_000 {
            let a = Int.random(in: -1_000_000_000...1_000_000_000, using: &generator)
            let b = Int.random(in: -1_000_000_000...1_000_000_000, using: &generator)
            #expect(Number.integer(a) + .integer(b) == .integer(a + b))
            #expect(Number.integer(a) - .integer(b) == .integer(a - b))
            #expect(Number.integer(a) * .integer(b) == .integer(a * b))
            #expect((Number.integer(a) < .integer(b)) == (a < b))
            if b != 0 {
                let g = greatestCommonDivisor(abs(a), abs(b))
                let quotient = Number.integer(a) / .integer(b)
                #expect(quotient.smallParts?.numerator == (b < 0 ? -a : a) / g)
                #expect(quotient.smallParts?.denominator == abs(b) / g)
            }
        }
    }

    @Test func arithmeticAcrossTheMachineWordAgreesWithBigInt() {
        var generator = SplitMix64(seed: 64)
        for _ in 0..<500 {
            let a = Int.random(in: Int.min...Int.max, using: &generator)
            let b = Int.random(in: Int.min...Int.max, using: &generator)
            #expect((Number.integer(a) + .integer(b)).exactParts?.numerator == BigInt(a) + BigInt(b))
            #expect((Number.integer(a) * .integer(b)).exactParts?.numerator == BigInt(a) * BigInt(b))
            #expect((Number.integer(a) - .integer(b)).exactParts?.numerator == BigInt(a) - BigInt(b))
        }
    }

    private func huge(_ generator: inout SplitMix64) -> Number {
        let words = (0..<Int.random(in: 2...6, using: &generator)).map { _ in UInt(generator.next()) }
        let magnitude = BigInt(BigUInt(words: words)) + 1
        return .integer(Bool.random(using: &generator) ? magnitude : -magnitude)
    }

    @Test func hugeArithmeticSatisfiesFieldIdentities() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<300 {
            let a = huge(&generator), b = huge(&generator), c = huge(&generator)
            #expect((a + b) - b == a)
            #expect(a * b / b == a)
            #expect((a / b) * (b / a) == .one)
            #expect(a * (b + c) == a * b + a * c)
            #expect((a / c + b / c) == (a + b) / c)
            #expect(((a / b) + .fraction(1, 3)).isExact)
            #expect((a * a).raised(to: .fraction(1, 2)) == (a.isNegative ? -a : a))
            #expect(a.raised(to: .integer(3)) == a * a * a)
        }
    }

    @Test func hugeValuesConvertToTheNearestDouble() {
        let big = Number.integer(BigInt(1) << 1000)
        #expect(big.doubleValue == 0x1p1000)
        #expect((big / (big * .integer(3))).doubleValue == 1.0 / 3)
        #expect(Number.integer(BigInt(1) << 1100).doubleValue == .infinity)
    }
}

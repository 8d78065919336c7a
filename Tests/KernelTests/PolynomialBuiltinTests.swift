import Testing
@testable import Kernel

/// cancel, factor, together and apart as cells, exact numbers as the session prints them,
/// and the help and completion entries of the new builtins.
@Suite struct PolynomialBuiltinTests {
    @Test(arguments: [
        ("factor(x^2 - 1)", "(x + 1)·(x − 1)"),
        ("factor(2x^2 + 4x + 2)", "2·(x + 1)²"),
        ("apart(1/(x^2 - 1), x)", "1/(2·(x − 1)) − 1/(2·(x + 1))"),
        ("apart(1/(x^2 - 1))", "1/(2·(x − 1)) − 1/(2·(x + 1))"),
        ("cancel((x^2 - 1)/(x - 1))", "x + 1"),
        ("together(1/x + 1/(x + 1))", "(2x + 1)/(x·(x + 1))"),
        ("simplify((x^2 - 1)/(x - 1))", "x + 1"),
        ("factor([x^2 - 1, x^2 + 2x + 1])", "[(x + 1)·(x − 1), (x + 1)²]"),
    ])
    func polynomialBuiltinsPrintTextbookForms(cell: String, expected: String) {
        #expect(show(cell, style: "unicode") == expected)
    }

    @Test(arguments: [
        ("3^40 + 1 - 3^40", "1"),
        ("2^100", "1267650600228229401496703205376"),
        ("x*1.0", "1.0*x"),
    ])
    func exactNumbersPrintExactly(cell: String, expected: String) {
        #expect(show(cell) == expected)
    }

    @Test func taylorOfExpHasExactCoefficientsPastTwentyTerms() {
        let series = show("taylor(exp(x), x, 0, 22)")
        #expect(series.hasPrefix("x^22/1124000727777607680000 + x^21/51090942171709440000 + x^20/2432902008176640000"))
        #expect(show("taylor(exp(x), x, 0, 30)").hasPrefix("x^30/265252859812191058636308480000000 + "))
    }

    @Test(arguments: [
        ("factor(x^2 - 0.5)", "error: factor: it works with exact numbers only"),
        ("apart(1/(x*y + 1), x)", "error: apart: it needs an expression in one variable, but this one also has y"),
        ("apart(1/(x*y + 1))", "error: apart: say which variable, as in apart(e, x)"),
        ("2^(10^9)", "error: this exact power would have about 301,029,996 digits; exact numbers are limited to 100,000 digits"),
        // Found by the fuzz test: an exponent past the largest double once crashed the message.
        ("2^(10^400)", "error: this exact power would have more than 10^308 digits; exact numbers are limited to 100,000 digits"),
    ])
    func badInputIsAClearError(cell: String, message: String) {
        #expect(show(cell).hasPrefix(message))
    }

    @Test(arguments: [("(-1)^(10^400)", "1"), ("(-1)^(10^400 + 1)", "-1"), ("1^(10^400)", "1"), ("0^(10^400)", "0")])
    func zeroAndOneToAHugeIntegerPowerAreExact(cell: String, value: String) {
        #expect(show(cell) == value)
    }

    @Test(arguments: ["cancel", "factor", "together", "apart"])
    func newBuiltinsHaveHelpAndCompletion(name: String) {
        let session = Session(settings: Settings())
        #expect(session.help(name).contains("example: \(name)("))
        #expect(Session.builtinNames.contains(name))
        #expect(!show(Builtins.all[name]!.example).hasPrefix("error"))
    }
}

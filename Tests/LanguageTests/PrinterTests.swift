import Testing
@testable import Language

/// One printer design, three renderings: Unicode for terminals, ASCII (the input syntax), LaTeX.
@Suite struct PrinterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let unicode: String
        let ascii: String
        let latex: String
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(input: "3*x^2 + sin(x)", unicode: "3x² + sin(x)", ascii: "3*x^2 + sin(x)",
             latex: "3 x^{2} + \\sin\\left(x\\right)"),
        Case(input: "x - 1", unicode: "x − 1", ascii: "x - 1", latex: "x - 1"),
        Case(input: "1 - x", unicode: "1 − x", ascii: "1 - x", latex: "1 - x"),
        Case(input: "1/x^2", unicode: "1/x²", ascii: "1/x^2", latex: "\\frac{1}{x^{2}}"),
        Case(input: "2*x/7", unicode: "2x/7", ascii: "2*x/7", latex: "\\frac{2 x}{7}"),
        Case(input: "x*y", unicode: "x·y", ascii: "x*y", latex: "x y"),
        Case(input: "-x^2", unicode: "−x²", ascii: "-x^2", latex: "-x^{2}"),
        Case(input: "(x + 1)^2", unicode: "(x + 1)²", ascii: "(x + 1)^2", latex: "\\left(x + 1\\right)^{2}"),
        Case(input: "2*pi*x", unicode: "2π·x", ascii: "2*pi*x", latex: "2 \\pi x"),
        Case(input: "x^(1/3)", unicode: "x^(1/3)", ascii: "x^(1/3)", latex: "x^{\\frac{1}{3}}"),
        Case(input: "sqrt(x + 1)", unicode: "sqrt(x + 1)", ascii: "sqrt(x + 1)", latex: "\\sqrt{x + 1}"),
        Case(input: "1/(2*sqrt(x))", unicode: "1/(2·sqrt(x))", ascii: "1/(2*sqrt(x))", latex: "\\frac{1}{2 \\sqrt{x}}"),
        Case(input: "exp(x)*sin(x)", unicode: "exp(x)·sin(x)", ascii: "exp(x)*sin(x)",
             latex: "e^{x} \\sin\\left(x\\right)"),
        Case(input: "x^y", unicode: "x^y", ascii: "x^y", latex: "x^{y}"),
        Case(input: "2^(x + 1)", unicode: "2^(x + 1)", ascii: "2^(x + 1)", latex: "2^{x + 1}"),
        Case(input: "(-2)^x", unicode: "(−2)^x", ascii: "(-2)^x", latex: "\\left(-2\\right)^{x}"),
        Case(input: "(1/2)^x", unicode: "(1/2)^x", ascii: "(1/2)^x", latex: "\\frac{1}{2}^{x}"),
        Case(input: "0.1*x", unicode: "0.1x", ascii: "0.1*x", latex: "0.1 x"),
        Case(input: "1e-5*x", unicode: "1e-5x", ascii: "1e-5*x", latex: "1 \\cdot 10^{-5} x"),
        Case(input: "x^2*y - x*y^2", unicode: "x²·y − x·y²", ascii: "x^2*y - x*y^2", latex: "x^{2} y - x y^{2}"),
        Case(input: "-(x + y)", unicode: "−x − y", ascii: "-x - y", latex: "-x - y"),
        Case(input: "theta_1 + lr", unicode: "lr + theta_1", ascii: "lr + theta_1", latex: "\\mathrm{lr} + \\theta_{1}"),
        Case(input: "abs(x)/x", unicode: "abs(x)/x", ascii: "abs(x)/x", latex: "\\frac{\\left|x\\right|}{x}"),
        Case(input: "sigmoid(x)", unicode: "sigmoid(x)", ascii: "sigmoid(x)", latex: "\\sigma\\left(x\\right)"),
        Case(input: "[1, x]", unicode: "", ascii: "", latex: ""),
    ].filter { !$0.unicode.isEmpty }

    @Test(arguments: cases)
    func printsInAllThreeStyles(_ c: Case) throws {
        let e = try expr(c.input)
        #expect(unicode(e) == c.unicode)
        #expect(ascii(e) == c.ascii)
        #expect(latex(e) == c.latex)
    }

    /// Terms by degree, with a positive term first where a textbook puts one (`1 − x`), but a
    /// polynomial or series of three terms or more in strict degree order.
    @Test(arguments: [
        ("1 - x", "1 − x"),
        ("x - x^2", "x − x²"),
        ("-x - y + 1", "−x − y + 1"),
        ("1 - x^2/2 + x^4/24 - x^6/720", "−x⁶/720 + x⁴/24 − x²/2 + 1"),
        ("(x - 1) - (x - 1)^2/2 + (x - 1)^3/3 - (x - 1)^4/4", "−(x − 1)⁴/4 + (x − 1)³/3 − (x − 1)²/2 + x − 1"),
        ("(h + 1.5)^3 - 6*h - (1.5 - h)^3", "(h + 1.5)³ − (1.5 − h)³ − 6h"),
        ("2*x - 400*x*(y - x^2) - 2", "2x − 400x·(y − x²) − 2"),
        ("1 - tanh(x)^2", "1 − tanh(x)²"),
    ])
    func termsFollowTheirDegree(input: String, printed: String) throws {
        #expect(unicode(try expr(input)) == printed)
    }

    @Test(arguments: [
        (0.1, "0.1"), (1.0 / 3, "0.333333333333"), (1e-5, "1e-5"), (123456.0, "123456"),
        (1e20, "1e20"), (2.5e-300, "2.5e-300"), (-0.25, "-0.25"), (Double.infinity, "inf"), (Double.nan, "nan"),
    ])
    func decimalsUseTheShortestFormWithTwelveDigits(value: Double, text: String) {
        #expect(NumberFormat(digits: 12).string(value) == text)
    }

    @Test func digitsSettingRoundsDecimals() {
        #expect(NumberFormat(digits: 3).string(Double.pi) == "3.14")
        #expect(Printer(style: .ascii, digits: 4).string(.real(2.0 / 3)) == "0.6667")
    }

    @Test func exactNumbersKeepEveryDigit() throws {
        #expect(ascii(try expr("2^62")) == "4611686018427387904")
        #expect(ascii(try expr("1/3 + 1/6")) == "1/2")
        #expect(ascii(try expr("12345678901/3")) == "12345678901/3")
    }

    @Test func listsPrintInBrackets() throws {
        let printer = Printer(style: .ascii)
        #expect(printer.string(list: [try expr("2*x"), try expr("3*y")]) == "[2*x, 3*y]")
    }
}

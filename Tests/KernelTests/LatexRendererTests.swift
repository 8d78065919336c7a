import Kernel
import Testing

/// The LaTeX a notebook typesets for a result (`text/latex`), beside its plain text.
@Suite struct LatexRendererTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var cell: String
        /// The LaTeX, without `$` delimiters; nil when the result is not mathematics.
        var latex: String?
        var testDescription: String { cell }
    }

    static let cases: [Case] = [
        Case(cell: "grad(x^2*y, [x, y])", latex: #"\left[ 2 x y, x^{2} \right]"#),
        Case(cell: "diff(sin(x)^2, x)", latex: #"2 \sin\left(x\right) \cos\left(x\right)"#),
        Case(cell: "1/3", latex: #"\frac{1}{3}"#),
        Case(cell: "[1, -3/4, [x, 2]]", latex: #"\left[ 1, -\frac{3}{4}, \left[ x, 2 \right] \right]"#),
        Case(cell: "eval(1/3)", latex: "0.333333333333"),
        Case(cell: "eval(pi)", latex: "3.14159265359"),
        Case(cell: "eval(-2^70)", latex: #"-1.18059162072 \cdot 10^{21}"#),
        Case(cell: "eval(2^-70)", latex: #"8.47032947254 \cdot 10^{-22}"#),
        Case(cell: "eval([x, x^2], x = 0.5)", latex: #"\left[ 0.5, 0.25 \right]"#),
        Case(cell: "-pi..pi", latex: #"-\pi .. \pi"#),
        Case(cell: "0..1/2", latex: #"0 .. \frac{1}{2}"#),
        Case(cell: "[0..1, 2]", latex: #"\left[ 0 .. 1, 2 \right]"#),
        Case(cell: #""a word""#, latex: nil),
        Case(cell: #"[1, "a"]"#, latex: nil),
        Case(cell: "table([x^2], x = [1, 2])", latex: nil),
        Case(cell: "plot(x^2, x = 0..1)", latex: nil),
    ]

    @Test(arguments: cases)
    func mathematicalResultsHaveTheirLatex(_ example: Case) throws {
        let session = Session()
        let output = try #require(session.execute(example.cell).output)
        #expect(LatexRenderer(settings: session.settings).latex(output) == example.latex)
    }

    @Test func aFunctionNamedOnItsOwnHasNoLatex() throws {
        let session = Session()
        _ = session.execute("f(x) = x^2")
        let output = try #require(session.execute("f").output)
        #expect(LatexRenderer(settings: session.settings).latex(output) == nil)
    }

    @Test func aResultTooLongToTypesetHasNoLatex() throws {
        let session = Session()
        let renderer = LatexRenderer(settings: session.settings)
        #expect(renderer.latex(.list((1...100).map { .number(Double($0) / 3) })) != nil)
        #expect(renderer.latex(.list((1...10_000).map { .number(Double($0) / 3) })) == nil)
        #expect(renderer.latex(.list([.list((1...10_000).map { .number(Double($0)) })])) == nil)
        let expanded = try #require(session.execute("expand((a + b + c + d + e + f)^10)").output)
        #expect(renderer.latex(expanded) == nil)
        let small = try #require(session.execute("expand((a + b)^10)").output)
        #expect(renderer.latex(small)?.hasPrefix("a^{10} + ") == true)
    }

    /// The sign and digits before any exponent, as both the text and the LaTeX write them
    /// (the text's minus sign may be Unicode's `−`).
    static func leadingDigits(_ text: String) -> String {
        String(text.map { $0 == "−" ? "-" : $0 }.prefix { "-0123456789.".contains($0) })
    }

    static let numberCells = ["eval(pi)", "eval(-1/7)", "eval(2^-70)", "eval(123456.789)", "eval(1e15 + 0.5)"]

    @Test(arguments: [1, 3, 6, 12, 17], numberCells)
    func aNumberHasTheDigitsOfItsText(digits: Int, cell: String) throws {
        var settings = Settings()
        settings.digits = digits
        let session = Session(settings: settings)
        let output = try #require(session.execute(cell).output)
        let latex = try #require(LatexRenderer(settings: session.settings).latex(output))
        let text = TextRenderer(settings: session.settings).render(output)
        #expect(!Self.leadingDigits(latex).isEmpty)
        #expect(Self.leadingDigits(latex) == Self.leadingDigits(text))
    }
}

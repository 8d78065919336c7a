import Testing
@testable import Language

/// The printer's styled text: every numeral it writes is a `.number` run, and the text
/// without its styles is exactly what ``Printer/string(_:)`` writes.
@Suite struct StyledPrinterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let style: Printer.Style
        /// The expected text with each `.number` run in ⟨⟩.
        let marked: String
        var testDescription: String { "\(input) (\(style))" }

        init(_ input: String, _ style: Printer.Style, _ marked: String) {
            self.input = input
            self.style = style
            self.marked = marked
        }

        init(_ input: String, _ marked: String) {
            self.init(input, .unicode, marked)
        }
    }

    static let cases: [Case] = [
        Case("3x^2 - 2.5", "⟨3⟩x² − ⟨2.5⟩"),
        Case("3x^2 - 2.5", .ascii, "⟨3⟩*x^⟨2⟩ - ⟨2.5⟩"),
        Case("1/3", "⟨1⟩/⟨3⟩"),
        Case("-2x/7", "−⟨2⟩x/⟨7⟩"),
        Case("x/3 + 2/5", "x/⟨3⟩ + ⟨2⟩/⟨5⟩"),
        Case("1/x^2", "⟨1⟩/x²"),
        Case("1/x^2", .ascii, "⟨1⟩/x^⟨2⟩"),
        Case("x^(1/3)", "x^(⟨1⟩/⟨3⟩)"),
        Case("2^100", "⟨1267650600228229401496703205376⟩"),
        Case("nan", "⟨nan⟩"),
        Case("inf", "⟨inf⟩"),
        Case("-inf", "−⟨inf⟩"),
        Case("-1e-300", "−⟨1e-300⟩"),
        Case("1e-5*x", "⟨1e-5⟩x"),
        Case("1.0*x", "⟨1.0⟩x"),
        Case("x1 + 2", "x1 + ⟨2⟩"),
        Case("3*w_2", "⟨3⟩w_2"),
        Case("x^1.5", .ascii, "x^⟨1.5⟩"),
        Case("x^1.5", "x^⟨1.5⟩"),
        Case("x^1.0", .ascii, "x^⟨1.0⟩"),
        Case("x^12", "x¹²"),
        Case("sin(2x)^2 + 2*pi", "sin(⟨2⟩x)² + ⟨2⟩π"),
        Case("2^x", "⟨2⟩^x"),
        Case("(-2)^x", "(−⟨2⟩)^x"),
    ]

    @Test(arguments: cases)
    func everyNumeralIsANumberRun(_ c: Case) throws {
        let printer = Printer(style: c.style)
        let e = try expr(c.input)
        let styled = printer.styled(e)
        #expect(StyledPrinterTests.marked(styled) == c.marked)
        #expect(styled.plain == printer.string(e))
    }

    @Test(arguments: [Printer.Style.unicode, .latex])
    func aFoldedIntegerIsANumeralOnEachLineAndTheBackslashIsNot(_ style: Printer.Style) throws {
        let e = try expr("2^300")
        let digits = ascii(e)
        let printer = Printer(style: style)
        let styled = printer.styled(e)
        #expect(styled.plain == printer.string(e))
        if style == .unicode {
            let first = String(digits.prefix(NumberFormat.foldWidth))
            let rest = String(digits.dropFirst(NumberFormat.foldWidth))
            #expect(StyledPrinterTests.marked(styled) == "⟨\(first)⟩\\\n⟨\(rest)⟩")
        } else {
            #expect(styled.runs.count == 1)
        }
    }

    @Test func latexIsOneUnstyledRun() throws {
        let e = try expr("3x^2 - 2.5 + 1/3")
        let styled = Printer(style: .latex).styled(e)
        #expect(styled.runs == [StyledText.Run(text: latex(e), style: nil)])
    }

    @Test func aListKeepsItsNumeralsAndItsPunctuationIsPlain() throws {
        let list = [try expr("2x"), try expr("1/2"), try expr("y")]
        let printer = Printer()
        #expect(StyledPrinterTests.marked(printer.styled(list: list)) == "[⟨2⟩x, ⟨1⟩/⟨2⟩, y]")
        #expect(printer.styled(list: list).plain == printer.string(list: list))
    }

    /// Over seeded random expressions in every style: the plain text is the printed string,
    /// and outside LaTeX the numerals are those a reader finds in it (the numerals the
    /// terminal coloured by lexing the text before styled runs existed).
    @Test(arguments: [Printer.Style.unicode, .ascii, .latex])
    func theStyledTextReadsAsTheStringAndMarksItsNumerals(_ style: Printer.Style) {
        var random = RandomExpressions(seed: 11)
        let printer = Printer(style: style)
        for _ in 0..<1_500 {
            let e = random.expression(depth: 5)
            let styled = printer.styled(e)
            let string = printer.string(e)
            #expect(styled.plain == string)
            guard style != .latex else { continue }
            let numerals = styled.runs.filter { $0.style == .number }.map(\.text)
            #expect(numerals == StyledPrinterTests.numeralsFoundByReading(string), "\(string)")
        }
    }

    @Test func adjacentRunsOfOneStyleAreJoined() {
        var text = StyledText("1", style: .number)
        text.append("2", .number)
        text.append(" + ")
        text.append(StyledText("x"))
        #expect(text.runs == [StyledText.Run(text: "12", style: .number), StyledText.Run(text: " + x", style: nil)])
    }

    @Test func piecesJoinedKeepTheirNumeralsWhereTheyLand() {
        let left = PrintedText("x + ") + PrintedText(numeral: "2")
        let right: PrintedText = "\(PrintedText(numeral: "5"))/\(PrintedText(numeral: "3"))"
        let joined = left + right
        #expect(joined.plain == "x + 25/3")
        #expect(joined.numerals == [4..<6, 7..<8])
    }

    /// The text with each `.number` run in ⟨⟩.
    static func marked(_ text: StyledText) -> String {
        text.runs.map { $0.style == .number ? "⟨\($0.text)⟩" : $0.text }.joined()
    }

    /// The numerals of printed text found by reading it: digits with their point and
    /// exponent (`2.5e-3`), and the words `inf` and `nan`, but not digits inside a name.
    static func numeralsFoundByReading(_ text: String) -> [String] {
        var numerals: [String] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first.isLetter || first == "_" {
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if name == "inf" || name == "nan" { numerals.append(String(name)) }
                rest = rest.dropFirst(name.count)
            } else if first.isASCII, first.isNumber {
                var numeral = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
                let exponent = rest.dropFirst(numeral.count)
                if exponent.first == "e" {
                    let signed = exponent.dropFirst().first.map { $0 == "-" || $0 == "+" } ?? false
                    let digits = exponent.dropFirst(signed ? 2 : 1).prefix { $0.isASCII && $0.isNumber }
                    if !digits.isEmpty { numeral = rest.prefix(numeral.count + (signed ? 2 : 1) + digits.count) }
                }
                numerals.append(String(numeral))
                rest = rest.dropFirst(numeral.count)
            } else {
                rest = rest.dropFirst()
            }
        }
        return numerals
    }
}

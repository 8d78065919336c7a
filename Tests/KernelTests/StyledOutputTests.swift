import Kernel
import Language
import Testing

@Suite struct StyledOutputTests {
    @Test(arguments: ["sin(x", "1 +* 2", "diff(x^2, 3)", "\u{1B}[2J(1"])
    func anErrorNamesItsPartsAndReadsAsTheTerminalTextWithoutThem(_ cell: String) throws {
        let session = Session()
        let result = session.execute(cell)
        let output = try #require(result.output)
        #expect(result.failed)
        let renderer = TextRenderer(settings: session.settings)
        let styled = renderer.styled(output)
        #expect(styled.plain == renderer.render(output))
        #expect(styled.runs.first == StyledText.Run(text: "error:", style: .error))
        for run in styled.runs where run.style == .caret {
            #expect(run.text.allSatisfy { $0 == " " || $0 == "^" })
        }
        for run in styled.runs where run.style == .hint {
            #expect(run.text.hasPrefix("hint: "))
        }
        #expect(!styled.plain.contains("\u{1B}"))
    }

    @Test(arguments: [
        ("diff(x^3, x)", "⟨3⟩x²"),
        ("3x^2 - 2.5", "⟨3⟩x² − ⟨2.5⟩"),
        ("[1, 2.5, x1 + 2]", "[⟨1⟩, ⟨2.5⟩, x1 + ⟨2⟩]"),
        ("eval([x^2, 1/x], x = 0)", "[⟨0⟩, ⟨inf⟩]"),
        ("eval(log(x), x = -1)", "⟨nan⟩"),
        ("-1/2..0.5", "−⟨1⟩/⟨2⟩..⟨0.5⟩"),
        ("2^100", "⟨1267650600228229401496703205376⟩"),
        ("w_2 - 1e-300", "w_2 − ⟨1e-300⟩"),
    ])
    func aValuesNumeralsAreNumberRuns(cell: String, marked: String) throws {
        let session = Session()
        let output = try #require(session.execute(cell).output)
        let renderer = TextRenderer(settings: session.settings)
        let styled = renderer.styled(output)
        #expect(styled.runs.map { $0.style == .number ? "⟨\($0.text)⟩" : $0.text }.joined() == marked)
        #expect(styled.plain == renderer.render(output))
    }

    @Test(arguments: [
        "\"x1 = 2, 3.5\"", "table(x^2, x = 1..3)", "plot(x^2, x = -1..1, height = 5)", ":set digits 4",
        ":help diff", "sgd((w - 2)^2, w = 5, lr = 0.1, steps = 3)",
    ])
    func otherOutputsAreOneUnstyledRun(cell: String) throws {
        let session = Session()
        let output = try #require(session.execute(cell).output)
        let renderer = TextRenderer(settings: session.settings)
        let styled = renderer.styled(output)
        #expect(styled.runs.count == 1)
        #expect(styled.runs.first?.style == nil)
        #expect(styled.plain == renderer.render(output))
    }

    @Test(arguments: ["2^300", "[2^300, x]", "expand((x + 1)^40)", "1/3..2/3", "eval(x/3, x = 1)"])
    func aResultTooLongIsSummarisedInOneUnstyledRun(cell: String) throws {
        let session = Session()
        let output = try #require(session.execute(cell).output)
        var settings = session.settings
        settings.maximumOutput = 6
        let renderer = TextRenderer(settings: settings)
        let styled = renderer.styled(output)
        #expect(styled.runs.count == 1)
        #expect(styled.runs.first?.style == nil)
        #expect(styled.plain == renderer.render(output))
        #expect(styled.plain.hasPrefix("(a result of "))
    }

    @Test func aFoldedIntegerIsANumeralOnEachLine() throws {
        let session = Session()
        let output = try #require(session.execute("2^300").output)
        let styled = TextRenderer(settings: session.settings).styled(output)
        #expect(styled.runs.map(\.style) == [.number, nil, .number])
        #expect(styled.runs[1].text == "\\\n")
    }
}

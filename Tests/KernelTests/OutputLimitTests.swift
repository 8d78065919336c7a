import Kernel
import Testing

/// Results too long to read are summarised; batch runs keep only the results they name.
@Suite struct OutputLimitTests {
    @Test func aHugeDerivativeIsSummarisedWithoutBeingPrinted() {
        var settings = Settings()
        settings.maximumOutput = 200
        let session = Session(settings: settings)
        let result = session.execute("diff(x^x^x, x, 4)")
        let text = TextRenderer(settings: session.settings).render(result.output!)
        #expect(text.hasPrefix("(a result of at least 201 characters, longer than the 200 shown at most"))
        #expect(text.contains(":set maxoutput 0"))
    }

    @Test func aLongListOfNumbersIsSummarisedByItsLength() {
        var settings = Settings()
        settings.maximumOutput = 20
        let text = TextRenderer(settings: settings).render(.list((1...10).map { .number(Double($0)) }))
        #expect(text.hasPrefix("(a result of 31 characters, longer than the 20 shown at most"))
    }

    @Test func noLimitShowsEverything() {
        var settings = Settings()
        settings.maximumOutput = 0
        let session = Session(settings: settings)
        let result = session.execute("expand((x + 1)^40)")
        let text = TextRenderer(settings: session.settings).render(result.output!)
        #expect(text.hasPrefix("x⁴⁰ + 40x³⁹"))
    }

    @Test func maxOutputIsASetting() {
        let shown = transcript([":set maxoutput 12", "expand((x + 1)^3)", ":set maxoutput 0", "_"], style: "ascii")
        #expect(shown[0].hasSuffix("maxoutput 12"))
        #expect(shown[1].hasPrefix("(a result of 21 characters"))
        #expect(shown[3] == "x^3 + 3*x^2 + 3*x + 1")
    }

    @Test func aBatchRunKeepsOnlyTheOutputsItsCellsName() {
        let cells = ["1", "2", "3", "Out[2] + 10", "_ * 2"]
        let session = Session()
        session.outputRetention = .referenced(by: cells)
        let shown = cells.map { session.execute($0).output.map { TextRenderer(settings: session.settings).render($0) } ?? "" }
        #expect(shown == ["1", "2", "3", "12", "24"])
        #expect(session.outputs.keys.sorted() == [2])
        let forgotten = session.execute("Out[1]")
        #expect(forgotten.failed)
        #expect(TextRenderer(settings: session.settings).render(forgotten.output!).contains("Out[1] was not kept"))
    }

    @Test func aComputedIndexKeepsAWindowOfRecentOutputs() {
        let cells = (1...300).map(String.init) + ["k = 299", "Out[k]"]
        let session = Session()
        session.outputRetention = .referenced(by: cells)
        let results = cells.map { session.execute($0) }
        #expect(session.outputs.count <= OutputRetention.windowSize + 1)
        #expect(results.last?.failed == false)
    }
}

import Kernel
import Testing

@Suite struct PrintBuiltinTests {
    @Test(arguments: [
        ("print(\"hello, world\")", "hello, world"),
        ("print(1 + 1, x^2)", "2 x²"),
        ("print([1, 2], \"and\", 1/3)", "[1, 2] and 1/3"),
        ("print()", ""),
    ])
    func printWritesItsValuesOnOneLine(cell: String, expected: String) {
        let session = Session()
        let result = session.execute(cell)
        #expect(!result.failed)
        guard case .printed(let text)? = result.output else {
            Issue.record("print gave \(String(describing: result.output))")
            return
        }
        #expect(text == expected)
        #expect(TextRenderer(settings: session.settings).render(result.output!) == expected)
    }

    @Test func printTakesNoOptionButTo() {
        let result = Session().execute("print(1, end = \"\")")
        #expect(result.failed)
    }

    @Test func printToStandardErrorIsAPrintedLineOnTheOtherStream() {
        let session = Session()
        let result = session.execute("print(\"a warning\", 2, to = \"stderr\")")
        #expect(!result.failed)
        guard case .printedToStandardError(let text)? = result.output else {
            Issue.record("print gave \(String(describing: result.output))")
            return
        }
        #expect(text == "a warning 2")
        #expect(result.output?.isPrinted == true)
    }

    @Test(arguments: ["print(1, to = \"stdlog\")", "print(1, to = 3)"])
    func printToAnUnknownStreamIsAnErrorWithACaret(cell: String) {
        let result = Session().execute(cell)
        #expect(result.failed)
        guard case .error(let diagnostic, _)? = result.output else {
            Issue.record("not an error: \(String(describing: result.output))")
            return
        }
        #expect(diagnostic.range != nil)
    }
}

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

    @Test func printTakesNoOptions() {
        let result = Session().execute("print(1, end = \"\")")
        #expect(result.failed)
    }
}

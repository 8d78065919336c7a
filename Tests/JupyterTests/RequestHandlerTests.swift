import Foundation
import Kernel
import Testing
@testable import Jupyter

@Suite struct RequestHandlerTests {
    let outputs = RecordedOutputs()
    let handler: RequestHandler

    init() {
        handler = RequestHandler(session: Session(), publisher: outputs, stopping: StopFlag())
    }

    func execute(_ code: String, silent: Bool = false, storeHistory: Bool = true) -> JSONValue {
        handler.execute(Message(header: MessageHeader(type: "execute_request", session: "t"),
                                content: ["code": .string(code), "silent": .bool(silent), "store_history": .bool(storeHistory)]))
    }

    struct Completeness: CustomStringConvertible, Sendable {
        var code: String
        var status: String
        var indent: String?
        var description: String { code }
    }

    static let completeness: [Completeness] = [
        Completeness(code: "1 + 1", status: "complete"),
        Completeness(code: "f(x) = x^2", status: "complete"),
        Completeness(code: ":help diff", status: "complete"),
        Completeness(code: "a = 1\nb = a + 1", status: "complete"),
        Completeness(code: "plot(sin(x),", status: "incomplete", indent: "  "),
        Completeness(code: "[1, 2,", status: "incomplete", indent: "  "),
        Completeness(code: "diff(x^3, \\", status: "incomplete", indent: ""),
        Completeness(code: "1 +* 2", status: "invalid"),
        Completeness(code: "diff(x))", status: "invalid"),
    ]

    @Test(arguments: completeness)
    func isCompleteSaysWhetherTheCodeCanRun(_ sample: Completeness) {
        let reply = RequestHandler.isComplete(["code": .string(sample.code)])
        #expect(reply["status"]?.string == sample.status)
        #expect(reply["indent"]?.string == sample.indent)
    }

    @Test func completionCountsCursorPositionsInCodePoints() {
        let code = "print(\"∂f/∂x 🎯\", sig"
        let reply = handler.complete(["code": .string(code), "cursor_pos": .int(code.unicodeScalars.count)])
        #expect(reply["matches"] == ["sigmoid", "sigmoidchain", "sign"])
        #expect(reply["cursor_start"]?.int == code.unicodeScalars.count - 3)
        #expect(reply["cursor_end"]?.int == code.unicodeScalars.count)
    }

    @Test func completionOffersTheSessionsNamesAndCommands() {
        _ = execute("learning_rate = 0.1")
        #expect(handler.complete(["code": "lear", "cursor_pos": 4])["matches"] == ["learning_rate"])
        #expect(handler.complete(["code": ":re", "cursor_pos": 3])["matches"] == [":reset"])
    }

    @Test func inspectShowsTheHelpOfTheNameUnderTheCursor() {
        let reply = handler.inspect(["code": "diff(x^2, x)", "cursor_pos": 2, "detail_level": 0])
        #expect(reply["found"] == true)
        #expect(reply["data"]?["text/plain"]?.string?.hasPrefix("diff(") == true)
        #expect(handler.inspect(["code": "nosuchname", "cursor_pos": 3])["found"] == false)
    }

    @Test func printWritesAStreamAndTheLastValueIsTheResult() {
        let reply = execute("print(\"slope\", 2)\n3 + 4")
        #expect(reply["status"] == "ok")
        #expect(outputs.outputs.map(\.type) == ["stream", "execute_result"])
        #expect(outputs.outputs[0].content["text"] == "slope 2\n")
        #expect(outputs.outputs[1].content["data"]?["text/plain"] == "7")
    }

    @Test func anErrorStopsTheCellAndCarriesTheCaretDiagnostic() {
        let reply = execute("diff(x^2, 3)\nafter = 1")
        #expect(reply["status"] == "error")
        #expect(outputs.outputs.map(\.type) == ["error"])
        guard case .array(let traceback)? = reply["traceback"] else {
            Issue.record("no traceback")
            return
        }
        #expect(traceback.contains { $0.string?.contains("^") == true })
        #expect(handler.session.variables["after"] == nil)
    }

    @Test func silentRunsPublishNothingAndStoreNoHistory() {
        let reply = execute("a = 2\na + 1", silent: true)
        #expect(reply["status"] == "ok")
        #expect(outputs.messages.isEmpty)
        #expect(handler.history.entries.isEmpty)
        #expect(handler.session.variables["a"] != nil)
    }

    @Test func everyRequestInHistoryGetsTheNumberItsInputAnnouncedAsInIPython() {
        #expect(execute(":vars")["execution_count"] == 1)
        #expect(execute("1 + 1")["execution_count"] == 2)
        #expect(execute(":help diff", storeHistory: false)["execution_count"] == 2)
        #expect(execute("sinn(x)")["execution_count"] == 3)
        let announced = outputs.messages.filter { $0.type == "execute_input" }.map { $0.content["execution_count"] }
        #expect(announced == [1, 2, 3, 3])
        #expect(execute("Out[1]")["evalue"] == "there is no Out[1]; outputs so far: 2")
    }

    @Test func aCellOfSeveralLinesIsNumberedOnceAndItsLastValueIsItsOut() {
        #expect(execute("a = 2\na + 1\na * 10")["execution_count"] == 1)
        #expect(execute("Out[1] + 1")["execution_count"] == 2)
        let results = outputs.outputs.filter { $0.type == "execute_result" }
        #expect(results.map { $0.content["execution_count"] } == [1, 2])
        #expect(results.last?.content["data"]?["text/plain"] == "21")
        #expect(outputs.outputs.filter { $0.type == "display_data" }.map { $0.content["data"]?["text/plain"] } == ["3"])
    }

    @Test func storeHistoryFalseKeepsTheInputOutOfHistory() {
        _ = execute("1 + 1")
        _ = execute("2 + 2", storeHistory: false)
        #expect(handler.history.entries.map(\.input) == ["1 + 1"])
        #expect(handler.history.entries.map(\.output) == ["2"])
    }

    @Test func aTableIsDisplayedAsHTMLWithItsText() {
        _ = execute("table([x^2], x = [1, 2, 3])")
        let display = outputs.outputs.first { $0.type == "display_data" }
        #expect(display?.content["data"]?["text/html"]?.string?.contains("<table>") == true)
        #expect(display?.content["data"]?["text/plain"]?.string?.contains("x²") == true)
    }

    @Test(arguments: [
        ("grad(x^2*y, [x, y])", #"$\left[ 2 x y, x^{2} \right]$"#),
        ("eval(pi)", "$3.14159265359$"),
        ("1/3", #"$\frac{1}{3}$"#),
        ("-1..2", "$-1 .. 2$"),
    ])
    func mathematicalResultsCarryTheirLatex(code: String, latex: String) {
        _ = execute(code)
        let data = outputs.outputs.first { $0.type == "execute_result" }?.content["data"]
        #expect(data?["text/latex"]?.string == latex)
        #expect(data?["text/plain"] != nil)
    }

    @Test func textHasNoLatex() {
        _ = execute("\"a word\"")
        let data = outputs.outputs.first { $0.type == "execute_result" }?.content["data"]
        #expect(data?["text/plain"] == "a word")
        #expect(data?["text/latex"] == nil)
    }

    @Test func unknownCommandsAreErrorsWithASuggestion() {
        let reply = execute(":rest")
        #expect(reply["status"] == "error")
        #expect(reply["evalue"]?.string?.contains(":reset") == true)
    }

    @Test func userExpressionsAreEvaluated() {
        let reply = handler.execute(Message(header: MessageHeader(type: "execute_request", session: "t"),
                                            content: ["code": "a = 3", "user_expressions": ["double": "2*a", "bad": "diff(x, 1)"]]))
        #expect(reply["user_expressions"]?["double"]?["data"]?["text/plain"] == "6")
        #expect(reply["user_expressions"]?["bad"]?["status"] == "error")
    }

    @Test(arguments: [("1+1", "1?1", true), ("1+2", "1?1", false), ("plot(x)", "plot*", true), ("a", "*", true), ("ab", "a", false)])
    func historySearchMatchesGlobs(text: String, pattern: String, matches: Bool) {
        #expect(KernelHistory.matches(text, pattern: pattern) == matches)
    }
}

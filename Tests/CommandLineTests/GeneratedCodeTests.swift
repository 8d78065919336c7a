import Foundation
import Testing

/// The NumPy and PyTorch scripts `code(r, …)` prints, compared with the files in `Golden/`.
///
/// The cases are listed in `Golden/generated-code.txt`, which `scripts/check-generated-code`
/// also reads to run the scripts under Python. Run with `DESCENT_RECORD=1` to write the
/// files afresh (the run then fails, so a recording never passes unnoticed), and read them.
@Suite struct GeneratedCodeTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let cells: [String]
        let library: String
        var testDescription: String { "\(name).\(library)" }
        var file: String { "\(name)-\(library).py" }
    }

    static let cases: [Case] = {
        let text = (try? String(contentsOf: directory.appendingPathComponent("generated-code.txt"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { line -> [Case] in
            let parts = line.components(separatedBy: " | ")
            let cells = parts[1].components(separatedBy: " ; ")
            return ["numpy", "torch"].map { Case(name: parts[0], cells: cells, library: $0) }
        }
    }()

    @Test func theSeedsExamplesAreListed() {
        #expect(Set(Self.cases.map(\.name)).isSuperset(of: ["sgd-one-step", "trekker-fit"]))
    }

    @Test(arguments: cases)
    func scriptMatchesGolden(_ c: Case) throws {
        let arguments = c.cells.flatMap { ["-e", $0] } + ["-e", "code(r, \"\(c.library)\")"]
        let result = try DescentProcess.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let script = result.standardOutput
        let url = Self.directory.appendingPathComponent(c.file)
        if ProcessInfo.processInfo.environment["DESCENT_RECORD"] == "1" {
            try script.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(c.file): read it, then run the tests without DESCENT_RECORD")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = script.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (line, actual)) in zip(want, got).enumerated() where line != actual {
            Issue.record("\(c.file) line \(number + 1) differs:\n  expected: \(line)\n  actual:   \(actual)")
            return
        }
        #expect(want.count == got.count, "\(c.file): line count differs")
    }

    @Test(arguments: [
        ("r = fit(w*x + b, x = [1, 2, 3], y = [1, 2, 2], batch = 1, steps = 5)", "full-batch fits only"),
        ("r = fit(w^2*x + b, x = [1, 2, 3], y = [1, 2, 2], params = [w, b], steps = 5)", "linear in its parameters"),
        ("r = 3", "must be a run"),
    ])
    func unsupportedRunsGetAMessage(_ cell: String, _ message: String) throws {
        let result = try DescentProcess.run(["-e", cell, "-e", "code(r, \"numpy\")"])
        #expect(result.standardError.contains(message) || result.standardOutput.contains(message), "\(result.standardError)")
    }

    @Test func anUnknownLanguageIsNamed() throws {
        let result = try DescentProcess.run(["-e", "code(sgd(w^2, w = 1), \"julia\")"])
        #expect((result.standardError + result.standardOutput).contains("\"numpy\" or \"torch\""))
    }
}

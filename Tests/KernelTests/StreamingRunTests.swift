import Kernel
import Testing

/// Optimizer runs hold a bounded sample of their rows; `--csv` streams every row as the
/// run goes, and `r.csv` runs it again to write them all.
@Suite struct StreamingRunTests {
    final class Lines: @unchecked Sendable {
        var lines: [String] = []
    }

    static func streamingSession() -> (Session, Lines) {
        var settings = Settings()
        settings.csv = true
        let session = Session(settings: settings)
        let lines = Lines()
        session.streamedText = { lines.lines.append($0) }
        return (session, lines)
    }

    @Test func underCSVEveryRowIsStreamedAndNothingIsHeldForTheResult() throws {
        let (session, streamed) = Self.streamingSession()
        let result = session.execute("adam((1-x)^2 + 100*(y-x^2)^2, x = -1.2, y = 1, lr = 0.01, steps = 20000, tol = 0)")
        let text = try #require(result.output.map { TextRenderer(settings: session.settings).render($0) })
        #expect(text.isEmpty)
        #expect(streamed.lines.count == 20_002)
        #expect(streamed.lines.first?.hasPrefix("step,x,y,loss,grad_norm,m_x") == true)
        #expect(streamed.lines.dropFirst().map { $0.prefix { $0 != "," } } == (0...20_000).map { Substring(String($0)) })
    }

    @Test func rCSVWritesEveryRowTheStreamWrote() throws {
        let (session, streamed) = Self.streamingSession()
        let cell = "r = sgd((w - 2)^2 + sin(3*w), w = 5, lr = 0.01, steps = 6000)"
        _ = session.execute(cell)
        var settings = Settings()
        settings.csv = false
        let quiet = Session(settings: settings)
        _ = quiet.execute(cell)
        let result = quiet.execute("r.csv")
        let csv = try #require(result.output.map { TextRenderer(settings: quiet.settings).render($0) })
        #expect(csv.split(separator: "\n").map(String.init) == streamed.lines)
    }

    @Test func aLongRunShowsItsFirstRowsASampleAndItsLastRows() {
        let text = show("sgd((w - 2)^2, w = 5, lr = 0.0001, steps = 100000, tol = 0)")
        #expect(text.contains("| 0      | 5 "))
        #expect(text.contains("| 99999  |"))
        #expect(text.contains("| 100000 |"))
        #expect(text.contains("| ⋮ "))
        // Past 2,000,000 steps a run used to keep only its final values.
        #expect(show("sgd((w - 2)^2, w = 5, lr = 0.0001, steps = 2100000, tol = 0)").contains("| 2100000 |"))
    }

    @Test func rTableOfAKeptRunIsItsSample() {
        let rows = transcript(["r = sgd((w - 2)^2, w = 5, lr = 0.0001, steps = 100000, tol = 0)", "r.table"], csv: true)[1]
            .split(separator: "\n")
        #expect(rows.count > 1000 && rows.count < 4200)
        #expect(rows.last?.hasPrefix("100000,") == true)
    }
}

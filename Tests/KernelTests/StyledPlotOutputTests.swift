import Kernel
import Language
import Testing

/// Plots, tables and steps as styled runs: series and faint axes named as styles, the text
/// identical to ``TextRenderer/render(_:)`` and free of escape codes.
@Suite struct StyledPlotOutputTests {
    static let cells = [
        "plot([sin(x), cos(x), x/3], x = -3..3)", "scatter([1, 2, 3], [3, 1, 2])",
        "contour(x^2 + 3*y^2, x = -2..2, y = -1..1)", "bars([1, 2, 0.5])", "table(x^2, x = 1..3)",
        "sgd((w - 2)^2, w = 5, lr = 0.1, steps = 3)", "adam(x^2 + y^2, x = 1, y = 1, lr = 0.1, steps = 5)",
        "lrsweep((w-2)^2, w = 5, lrs = [0.01, 0.1, 0.5], steps = 10)",
    ]

    private static func colourSession(csv: Bool = false) -> Session {
        var settings = Settings()
        settings.color = true
        settings.csv = csv
        return Session(settings: settings)
    }

    @Test(arguments: cells, [false, true])
    func theStyledTextReadsAsTheRenderedText(cell: String, csv: Bool) throws {
        let session = Self.colourSession(csv: csv)
        let result = session.execute(cell)
        let output = try #require(result.output)
        #expect(!result.failed)
        let renderer = TextRenderer(settings: session.settings)
        let styled = renderer.styled(output)
        #expect(styled.plain == renderer.render(output))
        #expect(!styled.plain.contains("\u{1B}"))
    }

    @Test func eachOfThreeSeriesIsARunOfItsOwnIndexAndTheAxesAreDim() throws {
        let session = Self.colourSession()
        let output = try #require(session.execute(Self.cells[0]).output)
        let styles = Set(TextRenderer(settings: session.settings).styled(output).runs.compactMap(\.style))
        #expect(styles == [.series(0), .series(1), .series(2), .dim])
    }

    @Test func anOptimizersPathsAndLossCurvesAreStyledInsideItsSequence() throws {
        let session = Self.colourSession()
        let output = try #require(session.execute(Self.cells[6]).output)
        let styles = TextRenderer(settings: session.settings).styled(output).runs.compactMap(\.style)
        #expect(styles.contains(.series(0)))
        #expect(styles.allSatisfy { if case .series = $0 { true } else { $0 == .dim } })
    }

    @Test func withColourOffAPlotIsOneUnstyledRun() throws {
        let session = Session()
        let output = try #require(session.execute(Self.cells[0]).output)
        let styled = TextRenderer(settings: session.settings).styled(output)
        #expect(styled.runs.count == 1 && styled.runs[0].style == nil)
    }

    @Test func noStyleRunsAcrossALineBreak() throws {
        let session = Self.colourSession()
        for cell in Self.cells {
            let output = try #require(session.execute(cell).output)
            for run in TextRenderer(settings: session.settings).styled(output).runs where run.style != nil {
                #expect(!run.text.contains("\n"), "\(cell): \(run.text)")
            }
        }
    }

    @Test func aTitleEscapeCodeIsShownEscapedInItsOwnUnstyledRun() throws {
        let session = Self.colourSession()
        let output = try #require(session.execute("plot([x, -x], x = 0..1, title = \"\u{1B}[31mred\")").output)
        let styled = TextRenderer(settings: session.settings).styled(output)
        #expect(styled.plain.contains("\\e[31mred"))
        #expect(!styled.plain.contains("\u{1B}"))
        let titleRun = try #require(styled.runs.first { $0.text.contains("red") })
        #expect(titleRun.style == nil)
        #expect(Set(styled.runs.compactMap(\.style)) == [.series(0), .series(1), .dim])
    }
}

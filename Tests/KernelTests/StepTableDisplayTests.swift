import Testing
import Plotting
@testable import Kernel
@testable import Optimization

/// The step table a terminal shows: rows in order, and a `⋮` row wherever steps are missing.
@Suite struct StepTableDisplayTests {
    /// The rows a run of `steps` updates keeps, fed through its bounded sample as the step loop does.
    static func sampledRun(steps: Int) -> StepTable {
        var sample = StepSample(columns: ["step", "w", "loss"], steps: steps)
        for step in 0...steps where sample.wants(step) {
            let row = [Double(step), 1 / Double(step + 1), Double(steps - step)]
            row.withUnsafeBufferPointer { sample.keep($0, step: step, final: step == steps) }
        }
        return sample.table()
    }

    /// The step of each row, `nil` for a `⋮` row.
    static func steps(of table: Table) -> [Int?] {
        table.rows.map { row in
            guard case .text(let text) = row[0] else { return nil }
            return text == "⋮" ? nil : Int(text)
        }
    }

    @Test(arguments: 1...24)
    func shownStepsIncreaseWithAVerticalEllipsisExactlyAtEveryGap(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let steps = seed <= 4 ? Int(seed) : 1 + random.index(below: seed.isMultiple(of: 2) ? 1_000_000 : 200)
        let table = Self.sampledRun(steps: steps)
        let edgeRows = 1 + random.index(below: 8)
        let sampledRows = random.index(below: 12)
        let shown = Self.steps(of: table.displayTable(edgeRows: edgeRows, sampledRows: sampledRows))
        #expect(shown.first! == 0, "the first row is step 0 (\(steps) steps)")
        #expect(shown.last! == steps, "the last row is the last step (\(steps) steps)")
        for (above, below) in zip(shown, shown.dropFirst()) {
            switch (above, below) {
            case let (above?, below?):
                #expect(below == above + 1, "\(above) and \(below) are neighbours without a ⋮ (\(steps) steps)")
            case (nil, nil):
                Issue.record("two ⋮ rows follow each other (\(steps) steps)")
            default:
                break
            }
        }
        for (index, row) in shown.enumerated() where row == nil {
            let above = shown[index - 1]!, below = shown[index + 1]!
            #expect(below > above + 1, "a ⋮ between consecutive steps \(above) and \(below)")
        }
    }

    @Test(arguments: [60, 80, 100])
    func aLongRunMarksItsSkippedRowsInBoxAndAsciiText(width: Int) {
        let table = Self.sampledRun(steps: 50_000).displayTable()
        let gaps = Self.steps(of: table).filter { $0 == nil }.count
        #expect(gaps >= 2, "the start, the sample and the end are apart")
        for canvas in [CanvasKind.braille, .ascii] {
            let lines = table.render(RenderOptions(width: width, canvas: canvas, color: false))
            #expect(lines.filter { $0.contains("⋮") }.count == gaps, "every gap drawn at width \(width)")
            #expect(lines.allSatisfy { $0.displayWidth <= width })
        }
    }

    @Test func csvOfASampledRunHasNoEllipsisRows() {
        let csv = Self.sampledRun(steps: 50_000).csv()
        #expect(!csv.contains("⋮"))
        #expect(csv.split(separator: "\n").count == Self.sampledRun(steps: 50_000).rowCount + 1)
    }
}

/// A run's table too wide for the terminal folds with a notice and loses no column.
@Suite struct WideStepTableTests {
    @Test(arguments: [60, 80, 100])
    func anAdamRunOnThreeVariablesShowsEveryColumnWithinTheWidth(width: Int) throws {
        var settings = Settings()
        settings.width = width
        let session = Session(settings: settings)
        let output = try #require(session.execute("adam((x-1)^2 + (y-2)^2 + (z+1)^2, x = 0, y = 0, z = 0, steps = 100)").output)
        let lines = TextRenderer(settings: session.settings).render(output).split(separator: "\n").map(String.init)
        let tableLines = lines.drop { !$0.hasPrefix("┌") }
        #expect(tableLines.allSatisfy { $0.displayWidth <= width })
        let headers = tableLines.filter { $0.hasPrefix("│ step ") }
        let columns = ["step", "x", "y", "z", "loss", "grad_norm", "m_x", "m_y", "m_z", "v_x", "v_y", "v_z", "mhat_x", "mhat_y", "mhat_z"]
        for name in columns {
            #expect(headers.contains { $0.contains(" \(name) ") }, "column \(name) at width \(width)")
        }
        #expect(tableLines.filter { $0 == Table.foldNotice }.count == headers.count - 1)
    }
}

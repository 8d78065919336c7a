import Language
import Optimization

/// The parts of a run a student can inspect: `r.final`, `r.path`, `r.table`, `r.loss`, `r.csv`, `r.x`.
/// A run keeps every row up to 4,096 rows and a sample beyond, so its memory never grows
/// with its steps; `r.csv` runs it again to write every row.
enum RunMembers {
    static let names = ["final", "path", "table", "loss", "steps", "plot", "contour", "csv"]

    /// The most rows `r.csv` writes into a result; longer runs stream with `--csv`.
    static let csvRowLimit = 1_000_000

    static func member(of run: OptimizerRun, _ name: String, range: SourceRange) throws(LanguageError) -> Value {
        let report = RunReport(run: run)
        switch name {
        case "final":
            return .list(run.run.finalPoint.map { .number($0) })
        case "path":
            return .list(run.path.map { point in .list(point.map { .number($0) }) })
        case "table":
            return .output(.steps(run.run.table))
        case "loss":
            return .list(run.run.lossHistory.map { .number($0) })
        case "csv":
            return .output(.text(try csv(of: run, range: range)))
        case "steps":
            return .expression(.integer(run.run.stepsTaken))
        case "plot":
            guard let curve = report.lossCurve else { return .output(.message("no steps were taken")) }
            return .output(.plot(.line(curve)))
        case "contour":
            guard let contour = report.contour else {
                throw .other("only runs over two variables have a contour plot", at: range)
            }
            return .output(.plot(.contour(contour)))
        default:
            if let index = run.parameters.firstIndex(of: name) {
                return .number(run.run.finalPoint[index])
            }
            let candidates = names + run.parameters
            let hint = Suggestion.nearest(to: name, among: candidates).map { " (did you mean .\($0)?)" } ?? ""
            throw .other("a run has no part '.\(name)'\(hint); its parts are \(candidates.map { "." + $0 }.joined(separator: " "))",
                         at: range)
        }
    }

    /// Every row, from a run made again step for step.
    private static func csv(of run: OptimizerRun, range: SourceRange) throws(LanguageError) -> String {
        let rows = run.run.stepsTaken + 1
        guard rows <= csvRowLimit else {
            throw .other("r.csv writes at most \(csvRowLimit) rows and this run has \(rows); "
                         + "run the cell with descent -e '…' --csv to stream every row", at: range)
        }
        var lines = [run.run.table.columns.joined(separator: ",")]
        lines.reserveCapacity(rows + 1)
        do {
            _ = try run.rerun { row in
                if lines.count <= rows { lines.append(StepTable.csvLine(row)) }
            }
        } catch {
            throw .other("the run could not be repeated: \(error)", at: range)
        }
        return lines.joined(separator: "\n")
    }
}

import Language

/// The parts of a run a student can inspect: `r.final`, `r.path`, `r.table`, `r.loss`, `r.x`.
enum RunMembers {
    static let names = ["final", "path", "table", "loss", "steps", "plot", "contour"]

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
        case "steps":
            return .expression(.integer(run.run.stepsTaken))
        case "plot":
            guard let curve = report.lossCurve else { return .output(.message("no steps were taken")) }
            return .output(.plot(curve))
        case "contour":
            guard let contour = report.contour else {
                throw .other("only runs over two variables have a contour plot", at: range)
            }
            return .output(.plot(contour))
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
}

import Language
import Optimization
import Plotting

/// A model fitted to data, as a variable holds it: `r = fit(w*x + b, …)`, then `r.model`
/// (the fitted expression, ready for `scatter` or `eval`), `r.w`, `r.final`, `r.cost`.
public struct FittedModel: Sendable {
    public var fit: Fit
    /// The model with its parameters still symbolic: `w*x + b`.
    public var model: Expr
    /// The model's input variable: `x`.
    public var input: String
    public var xs: [Double]
    public var ys: [Double]
    /// How the session printed expressions when the fit ran, for the legend.
    var printer: Printer

    /// The model with the fitted values in place of its parameters.
    public var fitted: Expr {
        model.substituting(Dictionary(uniqueKeysWithValues: zip(fit.parameterNames, fit.finalParameters.map { Expr.real($0) })))
    }

    static let memberNames = ["model", "final", "cost", "table", "plot", "steps"]

    func member(_ name: String, range: SourceRange) throws(LanguageError) -> Value {
        switch name {
        case "model": return .expression(fitted)
        case "final": return .list(fit.finalParameters.map { .number($0) })
        case "cost": return .list(fit.costHistory.map { .number($0) })
        case "table": return .output(.steps(fit.table))
        case "steps": return .expression(.integer(fit.stepsTaken))
        case "plot": return .output(.plot(.line(dataPlot)))
        default:
            if let index = fit.parameterNames.firstIndex(of: name) { return .number(fit.finalParameters[index]) }
            let candidates = FittedModel.memberNames + fit.parameterNames
            let hint = Suggestion.nearest(to: name, among: candidates).map { " (did you mean .\($0)?)" } ?? ""
            throw .other("a fit has no part '.\(name)'\(hint); its parts are \(candidates.map { "." + $0 }.joined(separator: " "))",
                         at: range)
        }
    }

    /// The summary, the step table, the data with the fitted model, and the cost history.
    var output: Output {
        var parts: [Output] = [.message(summary), .steps(fit.table), .plot(.line(dataPlot))]
        // The kept rows: every step of a fit of up to 4,096 rows, a sample beyond; x is the step.
        let steps = fit.table.column("step").map(Array.init) ?? []
        let costs = zip(steps, fit.costHistory).map { (x: $0, y: $1) }
        if costs.count > 1 {
            parts.append(.plot(.line(LinePlot([.line("cost J", points: costs)], logY: RunReport.spansDecades(fit.costHistory),
                                              title: "cost history", height: 10))))
        }
        return .sequence(parts)
    }

    private var summary: String {
        let format = NumberFormat(digits: 6)
        let final = zip(fit.parameterNames, fit.finalParameters).map { "\($0) = \(format.string($1))" }.joined(separator: ", ")
        let batch: String
        switch fit.batch {
        case .full: batch = "full batches"
        case .mini(let k): batch = "mini-batches of \(k)"
        case .stochastic: batch = "one sample per step (stochastic)"
        }
        let ended = fit.stopReason.sentence(stepsTaken: fit.stepsTaken)
        return "\(fit.kind.rawValue) with \(batch), lr = \(format.string(fit.hyperparameters.learningRate)): \(ended).\n"
            + "final: \(final), cost J = \(format.string(fit.finalCost))"
    }

    private var dataPlot: LinePlot {
        var series: [Series] = [.scatter("data", points: zip(xs, ys).map { (x: $0, y: $1) })]
        if let line = try? NumericFunction.of(fitted, input, function: "fit", at: SourceRange(1, 1)) {
            series.append(.function("fitted " + printer.string(fitted), line))
        }
        return LinePlot(series, title: "data and the fitted model", height: 12)
    }
}

import Language
import Optimization

/// What an expression in a cell evaluates to and what a variable holds.
public enum Value: Sendable {
    /// A symbolic expression; numbers are expressions too (`3`, `1/2`, `0.1`).
    case expression(Expr)
    /// A plain double, as `eval` returns.
    case number(Double)
    case list([Value])
    /// `a..b`, used for plot ranges and sweeps.
    case range(Expr, Expr)
    /// A defined function named on its own, as in `adam(f, x = 1)`.
    case function(UserFunction)
    /// Text shown as it is, such as `latex(e)`'s result.
    case text(String)
    /// An optimizer run, to show or to inspect: `r.path`, `r.final`, `r.table`.
    case run(OptimizerRun)
    /// A model fitted to data, to show or to inspect: `r.model`, `r.w`, `r.cost`.
    case fit(FittedModel)
    /// A learning-rate schedule such as `cosine(steps = 100)`, for an optimizer's `schedule =`.
    case schedule(LearningRateSchedule)
    /// Something only to be shown: a table, a plot, a run with its table and plots.
    case output(Output)

    /// What a cell shows for this value.
    public var output: Output {
        switch self {
        case .expression(let expr): return .expression(expr)
        case .number(let value): return .number(value)
        case .list(let values): return .list(values.map(\.output))
        case .range(let low, let high): return .range(low, high)
        case .function(let function): return .function(function)
        case .text(let text): return .text(text)
        case .run(let run): return RunReport(run: run).output
        case .fit(let fit): return fit.output
        case .schedule(let schedule): return .text(schedule.spelling)
        case .output(let output): return output
        }
    }

    /// A short description for error messages: "a list", "a plot".
    public var kindDescription: String {
        switch self {
        case .expression: return "an expression"
        case .number: return "a number"
        case .list: return "a list"
        case .range: return "a range"
        case .function(let function): return "the function \(function.name)"
        case .text: return "text"
        case .run: return "an optimizer run"
        case .fit: return "a fitted model"
        case .schedule: return "a learning-rate schedule"
        case .output: return "a result to show"
        }
    }
}

import Language
import Optimization
import Plotting

/// A cell's result as a front end shows it: the one output model, data rather than text,
/// that the terminal renders as text and a notebook as SVG, HTML tables and LaTeX.
public indirect enum Output: Sendable {
    case expression(Expr)
    case number(Double)
    case list([Output])
    case range(Expr, Expr)
    case function(UserFunction)
    /// Text shown verbatim (LaTeX source, CSV).
    case text(String)
    /// A sentence for the student: "converged at step 41".
    case message(String)
    /// What `print(…)` wrote: a plain line on a terminal, a stdout stream in a notebook.
    case printed(String)
    /// What `print(…, to = "stderr")` wrote: standard error in a batch run, a stderr stream
    /// in a notebook; the cell still succeeds.
    case printedToStandardError(String)
    case error(Diagnostic, cell: String?)
    /// A table: boxed on a terminal, CSV with `--csv`.
    case table(Table)
    /// An optimizer's step table: a sample of its rows on a terminal, every row with `--csv`.
    case steps(StepTable)
    /// A line plot, scatter plot, contour plot or bar chart, as data for each front end to draw.
    case plot(Plot)
    /// Several outputs one after another, such as a run's table, loss curve and verdict.
    case sequence([Output])
}

extension Output {
    /// A value or drawing the cell computed, as opposed to a message or an error.
    var isResult: Bool {
        switch self {
        case .message, .error: return false
        default: return true
        }
    }

    var isTable: Bool {
        switch self {
        case .table, .steps: return true
        default: return false
        }
    }

    /// Whether this is `print(…)`'s text, which front ends show without an `Out[n]` label.
    public var isPrinted: Bool {
        switch self {
        case .printed, .printedToStandardError: return true
        default: return false
        }
    }
}

import Language
import Optimization

/// An optimizer's walk down an expression, as a variable holds it (`r = adam(...)`).
public struct OptimizerRun: Sendable {
    public var run: Run
    /// The function minimised.
    public var loss: Expr
    public var start: [Double]

    public var parameters: [String] { run.parameterNames }

    /// Every point visited, one list of coordinates per row of the table.
    public var path: [[Double]] {
        let columns = parameters.compactMap { run.table.column($0).map(Array.init) }
        guard let first = columns.first else { return [] }
        return first.indices.map { row in columns.map { $0[row] } }
    }

    /// Why the run ended, in a sentence.
    public var stopSentence: String { run.stopReason.sentence(stepsTaken: run.stepsTaken) }
}

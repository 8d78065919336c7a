import Language
import Optimization

/// An optimizer's walk down an expression, as a variable holds it (`r = adam(...)`).
public struct OptimizerRun: Sendable {
    public var run: Run
    /// The function minimised.
    public var loss: Expr
    public var start: [Double]
    /// The updates asked for and the tolerance: with `loss`, `start` and the run's settings,
    /// enough to run it again, step for step, to write every row (`r.csv`).
    public var stepsRequested: Int
    public var tolerance: Double
    /// Whether every row was already written out as the run went (`--csv`).
    public var rowsStreamed = false

    public var parameters: [String] { run.parameterNames }

    /// The points at the kept rows, one list of coordinates per row of the table.
    public var path: [[Double]] {
        let columns = parameters.compactMap { run.table.column($0).map(Array.init) }
        guard let first = columns.first else { return [] }
        return first.indices.map { row in columns.map { $0[row] } }
    }

    /// Why the run ended, in a sentence.
    public var stopSentence: String { run.stopReason.sentence(stepsTaken: run.stepsTaken) }

    /// Runs it again from the start, giving every row to `row` in column order; the same
    /// arithmetic in the same order, so the same numbers.
    func rerun(_ row: (UnsafeBufferPointer<Double>) -> Void) throws -> Run {
        let objective = try CompiledObjective.objective(loss, parameters: parameters, function: run.kind.rawValue,
                                                        at: SourceRange(1, 1))
        return try withoutActuallyEscaping(row) { row in
            try Run(kind: run.kind, hyperparameters: run.hyperparameters, objective: objective, start: start,
                    steps: stepsRequested, tol: tolerance, record: false, rowSink: row)
        }
    }
}

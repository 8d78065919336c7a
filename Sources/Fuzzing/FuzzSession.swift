import Kernel
import Language

/// A session that runs fuzz cells under work budgets and checks how each one ended:
/// every failure must be an `error:` with columns inside the cell.
///
/// The budgets are counts, not timers: an optimizer is interrupted (as by Ctrl-C) after
/// ``maximumSteps`` steps, and a cell may build at most ``maximumNewNodes`` expression nodes.
public final class FuzzSession {
    /// Optimizer steps a cell may take before it is interrupted.
    public static let maximumSteps = 5_000
    /// New expression nodes a cell may build: a few times what one budgeted built-in may.
    public static let maximumNewNodes = 3_000_000
    /// Cells between resets, so the session's variables stay few.
    static let cellsPerSession = 64

    private let session: Session
    private var cellsRun = 0
    /// What the last cell showed.
    public private(set) var lastOutput: Output?

    public init() {
        var settings = Settings()
        settings.style = .ascii
        session = Session(settings: settings)
        let interrupt = session.interrupt
        session.progress = { progress in
            if progress.done > FuzzSession.maximumSteps { interrupt.raise() }
        }
    }

    /// Runs `cell` and returns what was wrong with how it ended, if anything.
    public func run(_ cell: String) -> FuzzFinding? {
        cellsRun += 1
        if cellsRun % FuzzSession.cellsPerSession == 0 { session.reset() }
        let before = Expr.storedNodeCount
        session.interrupt.clear()
        let result = session.execute(cell)
        lastOutput = result.output
        let built = Expr.storedNodeCount - before
        if built > FuzzSession.maximumNewNodes { return .overWorkBudget(cell: cell, newNodes: built) }
        guard result.failed else { return nil }
        guard case .error(let diagnostic, _) = result.output else { return .failedWithoutError(cell: cell) }
        guard let range = diagnostic.range else {
            return .errorWithoutPosition(cell: cell, message: diagnostic.message)
        }
        let length = cell.count
        guard range.start >= 1, range.start < range.end, range.start <= length + 1, range.end <= length + 2 else {
            return .positionOutsideCell(cell: cell, message: diagnostic.message, range: range)
        }
        return nil
    }
}

import Language
import Synchronization

/// A notebook session: numbered cells, the variables and functions they define, and
/// their outputs (`Out[n]`, `_`). Front ends (the REPL, `descent run`, lessons, the Jupyter
/// kernel) feed it cells as text and render the ``CellResult`` it returns; it never prints.
/// Every cell runs on the session's one ``KernelThread``; the state it keeps sits behind a
/// lock, so a front end may read it (the prompt's number, completions) from its own thread.
public final class Session: Sendable {
    private struct State {
        var settings: Settings
        var progress: (@Sendable (Progress) -> Void)?
        var streamedText: (@Sendable (String) -> Void)?
        var variables: [String: Value] = [:]
        var functions: [String: UserFunction] = [:]
        var outputs: [Int: Value] = [:]
        var lastValue: Value?
        var executionCount = 0
        var outputRetention = OutputRetention.all
    }

    private let state: Mutex<State>
    /// The thread that runs every cell of this session.
    public let thread = KernelThread()
    /// Raised by Ctrl-C; long computations poll it and stop. The front end that raises it
    /// clears it when it starts its next piece of work, so an interrupt that arrives while a
    /// cell is being handed to the kernel thread still stops that cell.
    public let interrupt = Interrupt()

    public init(settings: Settings = Settings()) {
        state = Mutex(State(settings: settings))
    }

    /// Changed after start-up only by `:set` (``command(_:_:)``).
    public internal(set) var settings: Settings {
        get { state.withLock { $0.settings } }
        set { state.withLock { $0.settings = newValue } }
    }
    /// Called from long computations with their progress, for a front end to show.
    public var progress: (@Sendable (Progress) -> Void)? {
        get { state.withLock { $0.progress } }
        set { state.withLock { $0.progress = newValue } }
    }
    /// Given text that a long computation writes as it goes, one line at a time: under `--csv`
    /// every row of an optimizer run, so no run holds its rows. Nil keeps everything in the result.
    public var streamedText: (@Sendable (String) -> Void)? {
        get { state.withLock { $0.streamedText } }
        set { state.withLock { $0.streamedText = newValue } }
    }
    public private(set) var variables: [String: Value] {
        get { state.withLock { $0.variables } }
        set { state.withLock { $0.variables = newValue } }
    }
    public private(set) var functions: [String: UserFunction] {
        get { state.withLock { $0.functions } }
        set { state.withLock { $0.functions = newValue } }
    }
    /// Results by cell number: `Out[3]`.
    public private(set) var outputs: [Int: Value] {
        get { state.withLock { $0.outputs } }
        set { state.withLock { $0.outputs = newValue } }
    }
    /// The last result: `_`.
    public private(set) var lastValue: Value? {
        get { state.withLock { $0.lastValue } }
        set { state.withLock { $0.lastValue = newValue } }
    }
    /// How many cells have run; the next cell is number `executionCount + 1`.
    public private(set) var executionCount: Int {
        get { state.withLock { $0.executionCount } }
        set { state.withLock { $0.executionCount = newValue } }
    }
    /// Gives a cell that ran only `:commands` a number of its own, for a front end that numbers
    /// every request as IPython does (a notebook); it has no `Out[n]`.
    public func numberCommandCell() {
        state.withLock { $0.executionCount += 1 }
    }

    /// Which results `Out[n]` keeps: all of them in the REPL, only those a batch run's
    /// cells refer to in `descent run`.
    public var outputRetention: OutputRetention {
        get { state.withLock { $0.outputRetention } }
        set { state.withLock { $0.outputRetention = newValue } }
    }

    /// Runs one cell on the session's kernel thread and returns what to show. Never throws:
    /// errors are outputs.
    public func execute(_ text: String) -> CellResult {
        thread.perform { self.executeOnKernelThread(text, cellNumber: nil) }
    }

    /// Runs one line of a notebook cell numbered `number` (one more than the count before
    /// the cell): every line shares the number, as IPython numbers a cell once, and each
    /// value becomes `Out[number]` in turn, so the last one stays.
    public func execute(_ text: String, inCellNumbered number: Int) -> CellResult {
        thread.perform { self.executeOnKernelThread(text, cellNumber: number) }
    }

    /// Runs `work` (which may run cells) on the session's kernel thread and returns its result.
    public func perform<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        thread.perform(work)
    }

    private func executeOnKernelThread(_ text: String, cellNumber: Int?) -> CellResult {
        let cell: Cell
        do throws(SyntaxError) {
            cell = try Cell.parse(text)
        } catch {
            executionCount = cellNumber ?? executionCount + 1
            return CellResult(number: executionCount, output: .error(error.diagnostic, cell: text), failed: true)
        }
        switch cell {
        case .empty:
            return CellResult(number: nil, output: nil, failed: false)
        case .command(let name, let argument):
            return runCommand(name, argument)
        default:
            executionCount = cellNumber ?? executionCount + 1
            do throws(LanguageError) {
                let value = try run(cell)
                guard let value else { return CellResult(number: executionCount, output: nil, failed: false) }
                let number = state.withLock { state in
                    let number = state.executionCount
                    if state.outputRetention.keeps(number) { state.outputs[number] = value }
                    if let old = state.outputRetention.evicted(when: number) { state.outputs[old] = nil }
                    state.lastValue = value
                    return number
                }
                return CellResult(number: number, output: value.output, failed: false)
            } catch {
                return CellResult(number: executionCount, output: .error(error.diagnostic, cell: text), failed: true)
            }
        }
    }

    private func run(_ cell: Cell) throws(LanguageError) -> Value? {
        let interpreter = Interpreter(session: self)
        switch cell {
        case .expression(let syntax):
            return try interpreter.evaluate(syntax)
        case .assignment(let name, let range, let syntax):
            try checkDefinable(name, at: range)
            variables[name] = try interpreter.evaluate(syntax)
            functions[name] = nil
            return nil
        case .definition(let name, let parameters, let body, let range):
            try checkDefinable(name, at: range)
            let shadowing = Interpreter(session: self, shadowed: Set(parameters))
            let expr = try shadowing.expression(body, "the body of \(name)")
            functions[name] = UserFunction(name: name, parameters: parameters, body: expr)
            variables[name] = nil
            return nil
        case .empty, .command:
            return nil
        }
    }

    private func checkDefinable(_ name: String, at range: SourceRange) throws(LanguageError) {
        if Builtins.all[name] != nil || MathFunction(named: name) != nil {
            throw .other("'\(name)' is a built-in function; choose another name", at: range)
        }
        if Syntax.namedValue(name) != nil || name == "Out" || name == "_" {
            throw .other("'\(name)' is a reserved name; choose another name", at: range)
        }
    }

    /// Forgets every variable, function and output, as `:reset` does.
    public func reset() {
        state.withLock { state in
            state.variables = [:]
            state.functions = [:]
            state.outputs = [:]
            state.lastValue = nil
            state.executionCount = 0
        }
    }
}

/// What a cell produced.
public struct CellResult: Sendable {
    /// The cell's number (`In [n]`), nil for empty input and commands.
    public var number: Int?
    /// What to show; nil when the cell shows nothing (an assignment, a definition).
    public var output: Output?
    public var failed: Bool
    /// A `:command` the session does not know, for the front end to handle.
    public var command: (name: String, argument: String)?
    /// A `:set KEY VALUE` that changed a setting; its output is the settings line.
    public var changedSetting = false
}

/// How far a long computation has come.
public struct Progress: Sendable {
    public var done: Int
    public var total: Int
    public var label: String
}

import Language

/// A notebook session: numbered cells, the variables and functions they define, and
/// their outputs (`Out[n]`, `_`). Front ends (the REPL, `descent run`, lessons) feed it
/// cells as text and render the ``CellResult`` it returns; it never prints.
public final class Session: @unchecked Sendable {
    public var settings: Settings
    /// Raised by Ctrl-C; long computations poll it and stop.
    public let interrupt = Interrupt()
    /// Called from long computations with their progress, for a front end to show.
    public var progress: (@Sendable (Progress) -> Void)?
    /// Given text that a long computation writes as it goes, one line at a time: under `--csv`
    /// every row of an optimizer run, so no run holds its rows. Nil keeps everything in the result.
    public var streamedText: ((String) -> Void)?

    public private(set) var variables: [String: Value] = [:]
    public private(set) var functions: [String: UserFunction] = [:]
    /// Results by cell number: `Out[3]`.
    public private(set) var outputs: [Int: Value] = [:]
    /// The last result: `_`.
    public private(set) var lastValue: Value?
    /// How many cells have run; the next cell is number `executionCount + 1`.
    public private(set) var executionCount = 0
    /// Which results `Out[n]` keeps: all of them in the REPL, only those a batch run's
    /// cells refer to in `descent run`.
    public var outputRetention = OutputRetention.all

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Runs one cell and returns what to show. Never throws: errors are outputs.
    public func execute(_ text: String) -> CellResult {
        LargeStack.run { executeOnLargeStack(text) }
    }

    private func executeOnLargeStack(_ text: String) -> CellResult {
        let cell: Cell
        do throws(SyntaxError) {
            cell = try Cell.parse(text)
        } catch {
            executionCount += 1
            return CellResult(number: executionCount, output: .error(error.diagnostic, cell: text), failed: true)
        }
        switch cell {
        case .empty:
            return CellResult(number: nil, output: nil, failed: false)
        case .command(let name, let argument):
            return runCommand(name, argument)
        default:
            executionCount += 1
            interrupt.clear()
            do throws(LanguageError) {
                let value = try run(cell)
                guard let value else { return CellResult(number: executionCount, output: nil, failed: false) }
                if outputRetention.keeps(executionCount) { outputs[executionCount] = value }
                if let old = outputRetention.evicted(when: executionCount) { outputs[old] = nil }
                lastValue = value
                return CellResult(number: executionCount, output: value.output, failed: false)
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
        variables = [:]
        functions = [:]
        outputs = [:]
        lastValue = nil
        executionCount = 0
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

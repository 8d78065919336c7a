import Kernel
import Language

/// `execute_request`: the code's lines run as session cells in order, each output
/// published as it comes; the last value is the `execute_result`, and the first error
/// stops the rest, as in IPython. A request kept in history is numbered once, as IPython
/// numbers a cell: its lines share the number, and `Out[n]` is its last value.
extension RequestHandler {
    /// Commands of a terminal that a notebook answers itself.
    static let kernelCommands = ["history", "quit"] + NotebookLessons.commandNames.sorted()

    /// What a cell stopped by Interrupt reports, like IPython's KeyboardInterrupt; the run keeps what it computed.
    static let interrupted = (name: "Interrupted", value: "the cell was interrupted; the session and its variables are kept",
                              traceback: ["Interrupted: the cell stopped; the session and its variables are kept."])

    func execute(_ request: Message) -> JSONValue {
        let content = request.content
        let code = content["code"]?.string ?? ""
        let silent = content["silent"]?.bool ?? false
        let storeHistory = !silent && (content["store_history"]?.bool ?? true)
        session.interrupt.clear()
        let countBefore = session.executionCount
        if !silent {
            publisher.publish("execute_input", ["code": .string(code), "execution_count": .int(session.executionCount + 1)],
                              parent: request)
        }
        var pendingValue: JSONValue?
        var resultText: String?
        var failure: (name: String, value: String, traceback: [String])?
        func show(_ display: Display) {
            guard !silent else { return }
            if let pending = pendingValue {
                publisher.publish("display_data", ["data": pending, "metadata": [:]], parent: request)
                pendingValue = nil
            }
            switch display {
            case .stream(let name, let text):
                publisher.publish("stream", ["name": .string(name), "text": .string(text)], parent: request)
            case .value(let bundle):
                pendingValue = bundle
                resultText = bundle["text/plain"]?.string
            case .rich(let bundle):
                publisher.publish("display_data", ["data": bundle, "metadata": [:]], parent: request)
            case .error(let name, let value, let traceback):
                publisher.publish("error", ["ename": .string(name), "evalue": .string(value),
                                            "traceback": .array(traceback.map(JSONValue.string))], parent: request)
            }
        }
        for cell in CellReader().cells(in: code) {
            for display in displays(of: cell.text, number: storeHistory ? countBefore + 1 : nil) {
                if case .error(let name, let value, let traceback) = display { failure = (name, value, traceback) }
                show(display)
            }
            if failure == nil, session.interrupt.isRaised {
                let interrupted = RequestHandler.interrupted
                failure = (interrupted.name, interrupted.value, interrupted.traceback)
                show(.error(name: interrupted.name, value: interrupted.value, traceback: interrupted.traceback))
            }
            if failure != nil { break }
        }
        // As in IPython, every request kept in history gets a number, one of commands only too.
        if storeHistory, session.executionCount == countBefore { session.numberCommandCell() }
        if let pending = pendingValue, !silent {
            publisher.publish("execute_result", ["execution_count": .int(session.executionCount), "data": pending, "metadata": [:]],
                              parent: request)
        }
        if storeHistory { history.append(input: code, output: resultText) }
        if let failure {
            return ["status": "error", "execution_count": .int(session.executionCount), "ename": .string(failure.name),
                    "evalue": .string(failure.value), "traceback": .array(failure.traceback.map(JSONValue.string))]
        }
        return ["status": "ok", "execution_count": .int(session.executionCount), "payload": [],
                "user_expressions": userExpressions(content["user_expressions"])]
    }

    /// What one cell shows: the session's result, or the answer to a terminal command.
    private func displays(of cell: String, number: Int?) -> [Display] {
        let result = number.map { session.execute(cell, inCellNumbered: $0) } ?? session.execute(cell)
        if let command = result.command { return commandDisplays(command.name, command.argument) }
        guard let output = result.output else { return [] }
        return Display.of(output, settings: session.settings)
    }

    private func commandDisplays(_ name: String, _ argument: String) -> [Display] {
        switch name {
        case "history":
            let lines = history.entries.map { "\($0.line): \($0.input)" }
            return [.stream(name: "stdout", text: (lines.isEmpty ? "No history yet." : lines.joined(separator: "\n")) + "\n")]
        case "quit":
            return [.stream(name: "stdout", text: "The kernel keeps running in a notebook: use the Kernel menu to restart or shut it down.\n")]
        case _ where NotebookLessons.commandNames.contains(name):
            let text = lessons?.run(name, argument, session: session)
                ?? "No lessons are set up for this kernel (set DESCENT_LESSONS to a folder of lessons, or check XDG_DATA_HOME)."
            return [.stream(name: "stdout", text: text + "\n")]
        default:
            let message = Session.commands[name] == nil
                ? Session.commands.unknown(name)
                : ":\(name) works only in the terminal's descent, not in a notebook"
            return [.error(name: "Error", value: message, traceback: ["error: " + message])]
        }
    }

    /// Each user expression's value as a mime bundle, or its error.
    private func userExpressions(_ expressions: JSONValue?) -> JSONValue {
        guard case .object(let members)? = expressions else { return [:] }
        var results: [String: JSONValue] = [:]
        for (name, expression) in members {
            let result = session.execute(expression.string ?? "")
            let shown = result.output.map { Display.of($0, settings: session.settings) } ?? []
            if case .error(let ename, let evalue, let traceback)? = shown.first {
                results[name] = ["status": "error", "ename": .string(ename), "evalue": .string(evalue),
                                 "traceback": .array(traceback.map(JSONValue.string))]
            } else {
                let text = result.output.map { TextRenderer(settings: session.settings).render($0) } ?? ""
                results[name] = ["status": "ok", "data": ["text/plain": .string(text)], "metadata": [:]]
            }
        }
        return .object(results)
    }
}

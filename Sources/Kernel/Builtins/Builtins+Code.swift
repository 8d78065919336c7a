import Language
import Optimization

/// code: the NumPy or PyTorch script that reproduces a run or a fit.
extension Builtins {
    static let codeGeneration: [Builtin] = [
        Builtin(name: "code", signature: "code(r, \"numpy\") or code(r, \"torch\")",
                summary: "the Python script (NumPy with the exact gradient, or PyTorch with autograd and torch.optim) that reproduces run or fit r's numbers",
                example: "code(sgd((w-2)^2, w = 5, lr = 0.1, steps = 1), \"torch\")") { args, _ throws(LanguageError) in
            try args.expectCount(2, 2, "2 arguments: a run or fit, and \"numpy\" or \"torch\"")
            try args.expectOptions([])
            guard case .text(let name) = args.positional[1].value, let library = PythonPrinter.Library(rawValue: name) else {
                throw .invalidArgument(function: "code", message: "the language must be \"numpy\" or \"torch\"", at: args.positional[1].range)
            }
            let script = try PythonScript(args.positional[0].value, at: args.positional[0].range)
            return .text(library == .numpy ? script.numpy() : script.torch())
        },
    ]
}

extension PythonScript {
    /// The script for a run or a full-batch fit.
    init(_ value: Value, at range: SourceRange) throws(LanguageError) {
        let ascii = Printer(style: .ascii)
        switch value {
        case .run(let run):
            let r = run.run
            let from = zip(run.parameters, run.start).map { "\($0) = \(NumberFormat().string($1))" }.joined(separator: ", ")
            self.init(problem: .loss(run.loss), kind: r.kind, hyperparameters: r.hyperparameters, parameters: run.parameters,
                      start: run.start, steps: r.stepsTaken, ending: "Descent " + run.stopSentence,
                      title: "\(r.kind.rawValue) on \(ascii.string(run.loss)) from \(from)")
        case .fit(let fitted):
            let fit = fitted.fit
            guard fit.batch == .full else {
                throw .invalidArgument(function: "code", message: "code(...) reproduces full-batch fits only: a mini-batch's shuffle is Descent's own random sequence; leave batch out",
                                       at: range)
            }
            guard fit.table.rowCount > 0 else {
                throw .invalidArgument(function: "code", message: "this fit kept no table, so its start is unknown", at: range)
            }
            let start = fit.parameterNames.indices.map { fit.table[0, 1 + $0] }
            let linear = fit.parameterNames.allSatisfy { name in
                let column = fitted.model.derivative(withRespectTo: name)
                return !fit.parameterNames.contains(where: column.contains(symbol:))
            }
            if !linear {
                throw .invalidArgument(function: "code", message: "code(...) writes the vectorised gradient Xᵀ(Xθ − y)/m, which needs a model linear in its parameters, such as w*x + b",
                                       at: range)
            }
            self.init(problem: .fit(model: fitted.model, input: fitted.input, xs: fitted.xs, ys: fitted.ys),
                      kind: fit.kind, hyperparameters: fit.hyperparameters, parameters: fit.parameterNames,
                      start: start, steps: fit.stepsTaken, ending: "Descent: " + fit.stopReason.sentence(stepsTaken: fit.stepsTaken),
                      title: "fit of \(ascii.string(fitted.model)) by \(fit.kind.rawValue) with full batches")
        default:
            throw .invalidArgument(function: "code", message: "the first argument must be a run such as r = sgd(...) or a fit, not \(value.kindDescription)",
                                   at: range)
        }
    }
}

import Language
import Optimization
import Plotting

/// fit: a model's parameters fitted to data by mean squared error.
extension Builtins {
    static let fitting: [Builtin] = [
        Builtin(name: "fit", signature: "fit(h, x = [...], y = [...], params = [w, b], lr = 0.01, steps = 1000, batch = m)",
                summary: "fits h's parameters to data by minimising J = 1/(2m) Σ (h(x) − y)²; batch = m (full), k (mini-batch) or 1 (stochastic), seed = n for the shuffle, method = adam, w = 1 to start elsewhere than 0",
                example: "fit(w*x + b, x = [1, 2, 3, 4, 5], y = [2, 4, 5, 4, 5], params = [w, b], lr = 0.01, steps = 1000)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (the model) with data x = [...], y = [...] and params = [...]")
            guard let h = Interpreter.expression(of: args.positional[0].value) else {
                throw .invalidArgument(function: "fit", message: "the model must be an expression such as w*x + b", at: args.positional[0].range)
            }
            let kind = try method(args, "method", default: .sgd)
            let settings: Set<String> = Set(["params", "steps", "tol", "rtol", "schedule", "batch", "seed", "method", "y"] + Hyperparameters.names(for: kind))
            let inputName = try inputVariable(h, args, settings: settings)
            let parameters = args.option("params") != nil
                ? try args.variables(in: args.option("params")!.value, at: args.option("params")!.range) : h.freeSymbols.filter { $0 != inputName }
            guard let inputOption = args.option(inputName), let targetOption = args.option("y") else {
                throw .invalidArgument(function: "fit", message: "give the data as \(inputName) = [...] and y = [...]", at: args.range)
            }
            let xs = try args.numbers(inputOption.value, role: "the inputs \(inputName)", at: inputOption.range)
            let ys = try args.numbers(targetOption.value, role: "the targets y", at: targetOption.range)
            let data = try translatingOptimizationErrors("fit", at: args.range) { try Dataset(x: xs, y: ys) }
            let batchSize = try args.integer("batch", default: xs.count, in: 1...max(xs.count, 1))
            let batch: BatchSize = batchSize >= xs.count ? .full : (batchSize == 1 ? .stochastic : .mini(batchSize))
            var start: [Double] = []
            for name in parameters { start.append(try args.number(name, default: 0)) }
            let model = try CompiledObjective.model(h, input: inputName, parameters: parameters, function: "fit",
                                                    at: args.positional[0].range)
            let session = interpreter.session
            let hyperparameters = try readHyperparameters(kind, args)
            let steps = try args.integer("steps", default: 1000, in: 0...10_000_000)
            let seed = UInt64(try args.integer("seed", default: Int(session.settings.seed), in: 0...Int.max))
            let tol = try args.number("tol", default: 0, in: 0...(.infinity))
            let result = try translatingOptimizationErrors("fit", at: args.range) {
                try Fit(model: model, data: data, kind: kind, hyperparameters: hyperparameters, start: start, steps: steps,
                        batch: batch, seed: seed, tol: tol, shouldStop: { session.interrupt.isRaised },
                        progress: { session.report($0, $1, "fit") })
            }
            return .fit(FittedModel(fit: result, model: h, input: inputName, xs: xs, ys: ys, printer: session.settings.printer))
        },
    ]

    /// The model's input: the variable given as a list of data (other than the targets y).
    private static func inputVariable(_ h: Expr, _ args: Arguments, settings: Set<String>) throws(LanguageError) -> String {
        let candidates = args.named.filter { option in
            if case .list = option.value { return !settings.contains(option.label) } else { return false }
        }
        guard candidates.count == 1 else {
            throw .invalidArgument(function: "fit", message: "give the inputs as one list, as in x = [1, 2, 3], and the targets as y = [...]",
                                   at: args.range)
        }
        return candidates[0].label
    }

}

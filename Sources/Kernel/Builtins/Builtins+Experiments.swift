import Language
import Optimization
import Plotting

/// lrsweep, compare and fit: experiments built from many steps of descent.
extension Builtins {
    static let experiments: [Builtin] = [
        Builtin(name: "lrsweep", signature: "lrsweep(f, w = 5, lrs = [0.01, 0.1, 1], steps = 30)",
                summary: "one run per learning rate: loss curves on a log scale and each rate's verdict (converged, slow, oscillating, diverged); method = adam to sweep another optimizer",
                example: "lrsweep((w-2)^2, w = 5, lrs = [0.01, 0.1, 0.5, 0.9, 1.0, 1.1], steps = 30)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (the function) with a start value and lrs = [...]")
            let kind = try method(args, "method", default: .sgd)
            let problem = try Problem(args, reserved: Set(["lrs", "steps", "tol", "method", "rtol", "schedule"] + Hyperparameters.names(for: kind)))
            guard let lrsOption = args.option("lrs") else {
                throw .invalidArgument(function: "lrsweep", message: "give the learning rates, as in lrs = [0.01, 0.1, 1]", at: args.range)
            }
            let rates = try args.numbers(lrsOption.value, role: "lrs", at: lrsOption.range)
            let objective = try CompiledObjective.objective(problem.loss, parameters: problem.parameters,
                                                            function: "lrsweep", at: args.positional[0].range)
            let session = interpreter.session
            let hyperparameters = try readHyperparameters(kind, args)
            let steps = try args.integer("steps", default: 30, in: 1...1_000_000)
            let tol = try args.number("tol", default: 1e-8, in: 0...(.infinity))
            let sweep = try translatingOptimizationErrors("lrsweep", at: args.range) {
                try LearningRateSweep(kind: kind, hyperparameters: hyperparameters, objective: objective, start: problem.start,
                                      learningRates: rates, steps: steps, tol: tol, shouldStop: { session.interrupt.isRaised })
            }
            let format = NumberFormat(digits: 6)
            let rows: [[Table.Cell]] = sweep.entries.map { entry in
                [.number(entry.learningRate), .number(entry.run.finalLoss), .text(entry.verdict.description)]
            }
            let curves = sweep.entries.map { entry in
                Series.line("lr = \(format.string(entry.learningRate))",
                            points: entry.run.lossEnvelope.points)
            }
            return .output(.sequence([
                .table(Table(header: ["lr", "final loss", "verdict"], rows: rows)),
                .plot(.line(LinePlot(curves, logY: true, title: "loss by step for each learning rate"))),
            ]))
        },
        Builtin(name: "compare", signature: "compare(f, x = 1, y = 2, methods = [sgd, momentum, adam], lr = 0.01, steps = 100)",
                summary: "several optimizers from one start: their paths on one contour plot and their loss curves on one plot; lrs = [...] gives each its own rate",
                example: "compare(x^2 + 10*y^2, x = -2, y = 1, methods = [sgd, momentum, rmsprop, adam], lr = 0.05, steps = 60)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (the function) with start values and methods = [...]")
            let kinds = try methods(args)
            let hyperparameterNames = Set(kinds.flatMap { Hyperparameters.names(for: $0) })
            let problem = try Problem(args, reserved: hyperparameterNames.union(["methods", "steps", "tol", "lrs"]))
            var rates: [Double]? = nil
            if let option = args.option("lrs") {
                rates = try args.numbers(option.value, role: "lrs", at: option.range)
                guard rates?.count == kinds.count else {
                    throw .invalidArgument(function: "compare", message: "give one learning rate per method (\(kinds.count))", at: option.range)
                }
            }
            var runs: [OptimizerRun] = []
            for (index, kind) in kinds.enumerated() {
                var settings = Hyperparameters(for: kind)
                if args.option("lr") != nil { settings.learningRate = try args.number("lr", default: 0) }
                if let rates { settings.learningRate = rates[index] }
                for name in Hyperparameters.names(for: kind) where name != "lr" && args.option(name) != nil {
                    let value = try args.number(name, default: 0)
                    try translatingOptimizationErrors("compare", at: args.range) { try settings.set(name, to: value, for: kind) }
                }
                let objective = try CompiledObjective.objective(problem.loss, parameters: problem.parameters,
                                                                function: "compare", at: args.positional[0].range)
                let session = interpreter.session
                let steps = try args.integer("steps", default: 100, in: 1...10_000_000)
                let tol = try args.number("tol", default: 1e-8, in: 0...(.infinity))
                let run = try translatingOptimizationErrors("compare", at: args.range) {
                    try Run(kind: kind, hyperparameters: settings, objective: objective, start: problem.start,
                            steps: steps, tol: tol, shouldStop: { session.interrupt.isRaised })
                }
                runs.append(OptimizerRun(run: run, loss: problem.loss, start: problem.start, stepsRequested: steps, tolerance: tol))
            }
            return .output(comparison(runs, args: args))
        },
    ]

    /// The optimizer named by option `label` (`method = adam`).
    static func method(_ args: Arguments, _ label: String, default kind: OptimizerKind) throws(LanguageError) -> OptimizerKind {
        guard let option = args.option(label) else { return kind }
        return try optimizerKind(option.value, args: args, at: option.range)
    }

    static func methods(_ args: Arguments) throws(LanguageError) -> [OptimizerKind] {
        guard let option = args.option("methods") else { return [.sgd, .momentum, .adam] }
        guard case .list(let items) = option.value, !items.isEmpty else {
            throw .invalidArgument(function: args.function, message: "methods must be a list such as [sgd, momentum, adam]", at: option.range)
        }
        var kinds: [OptimizerKind] = []
        for item in items { kinds.append(try optimizerKind(item, args: args, at: option.range)) }
        return kinds
    }

    private static func optimizerKind(_ value: Value, args: Arguments, at range: SourceRange) throws(LanguageError) -> OptimizerKind {
        let names = OptimizerKind.allCases.map(\.rawValue)
        guard case .expression(let expr) = value, let name = expr.symbolName, let kind = OptimizerKind(rawValue: name) else {
            throw .invalidArgument(function: args.function, message: "methods are named: \(names.joined(separator: ", "))", at: range)
        }
        return kind
    }

    private static func comparison(_ runs: [OptimizerRun], args: Arguments) -> Output {
        let format = NumberFormat(digits: 6)
        let rows: [[Table.Cell]] = runs.map { run in
            [.text(run.run.kind.rawValue), .number(run.run.hyperparameters.learningRate), .number(run.run.finalLoss),
             .text(String(run.run.stepsTaken)), .text(run.run.stopReason.headline)]
        }
        var parts: [Output] = [.table(Table(header: ["method", "lr", "final loss", "steps", "ended"], rows: rows))]
        let curves = runs.map { run in
            Series.line(run.run.kind.rawValue, points: run.run.lossEnvelope.points)
        }
        let losses = runs.flatMap(\.run.lossHistory)
        parts.append(.plot(.line(LinePlot(curves, logY: RunReport.spansDecades(losses), title: "loss by step"))))
        if let first = runs.first, first.parameters.count == 2,
           let f = try? NumericFunction.of(first.loss, first.parameters[0], first.parameters[1], function: "compare", at: args.range) {
            let paths = runs.compactMap { run in run.run.path.map { ContourPlot.Path(run.run.kind.rawValue, points: $0) } }
            // Frame the runs that did not diverge, so one run flying off does not shrink the map to a dot.
            let settled = zip(runs, paths).filter { run, _ in
                if case .diverged = run.run.stopReason { return false } else { return true }
            }.map(\.1)
            let framed = settled.isEmpty ? paths.map { ContourPlot.Path($0.name, points: Array($0.points.prefix(3))) } : settled
            let x = ContourPaths.defaultInterval(framed, axis: 0)
            let y = ContourPaths.defaultInterval(framed, axis: 1)
            parts.append(.plot(.contour(ContourPlot(f, x: x, y: y, levels: .logarithmic, paths: paths,
                                                    title: "paths from (\(format.string(first.start[0])), \(format.string(first.start[1])))"))))
        }
        return .sequence(parts)
    }
}

extension SweepVerdict {
    var description: String {
        switch self {
        case .converged: return "converged"
        case .slow: return "slow"
        case .oscillating(let converged): return converged ? "oscillating but converging" : "oscillating"
        case .diverged: return "diverged"
        }
    }
}

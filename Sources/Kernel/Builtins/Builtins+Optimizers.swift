import Language
import Optimization

/// sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw: an optimizer walking down an expression.
extension Builtins {
    static let optimizers: [Builtin] = OptimizerKind.allCases.map { kind in
        Builtin(name: kind.rawValue, signature: "\(kind.rawValue)(f, x = 1, y = 2, lr = \(NumberFormat().string(Hyperparameters(for: kind).learningRate)), steps = 100)",
                summary: "\(kind.summary); settings \(Hyperparameters.names(for: kind).joined(separator: ", ")), steps, tol",
                example: "\(kind.rawValue)((w - 2)^2, w = 5, lr = 0.1, steps = 20)") { args, interpreter throws(LanguageError) in
            .run(try runOptimizer(kind, args, interpreter))
        }
    }

    /// Settings every optimizer call accepts besides the hyperparameters and start values.
    static let runOptions = ["steps", "tol", "rtol", "schedule"]

    static func runOptimizer(_ kind: OptimizerKind, _ args: Arguments, _ interpreter: Interpreter) throws(LanguageError)
        -> OptimizerRun
    {
        try args.expectCount(1, 1, "1 argument (the function to minimise) and a start value for each variable, as in x = 1")
        let problem = try Problem(args, reserved: Set(Hyperparameters.names(for: kind) + runOptions))
        let hyperparameters = try readHyperparameters(kind, args)
        let steps = try args.integer("steps", default: 100, in: 0...100_000_000)
        let tol = try args.number("tol", default: 1e-8, in: 0...(.infinity))
        let objective = try CompiledObjective.objective(problem.loss, parameters: problem.parameters,
                                                        function: args.function, at: args.positional[0].range)
        let session = interpreter.session
        let run = try translatingOptimizationErrors(args.function, at: args.range) {
            try Run(kind: kind, hyperparameters: hyperparameters, objective: objective, start: problem.start,
                    steps: steps, tol: tol, record: steps <= 2_000_000,
                    shouldStop: { session.interrupt.isRaised },
                    progress: { done, total in session.report(done, total, kind.rawValue) })
        }
        return OptimizerRun(run: run, loss: problem.loss, start: problem.start)
    }

    static func readHyperparameters(_ kind: OptimizerKind, _ args: Arguments) throws(LanguageError) -> Hyperparameters {
        var hyperparameters = Hyperparameters(for: kind)
        for name in Hyperparameters.names(for: kind) {
            guard let option = args.option(name) else { continue }
            let value: Double
            if name == "centered" {
                value = try args.flag(name, default: false) ? 1 : 0
            } else {
                value = try args.number(name, default: 0)
            }
            try translatingOptimizationErrors(args.function, at: option.range) {
                try hyperparameters.set(name, to: value, for: kind)
            }
        }
        try readStoppingAndSchedule(into: &hyperparameters, args)
        try translatingOptimizationErrors(args.function, at: args.range) { try hyperparameters.validate(for: kind) }
        return hyperparameters
    }
}

extension OptimizerKind {
    var summary: String {
        switch self {
        case .sgd: return "plain gradient descent, θ ← θ − lr·∇f"
        case .momentum: return "gradient descent with a velocity (PyTorch SGD with momentum 0.9)"
        case .nesterov: return "momentum that looks ahead (PyTorch SGD with nesterov = true)"
        case .adagrad: return "per-parameter steps shrinking with the sum of squared gradients"
        case .rmsprop: return "per-parameter steps scaled by a running average of squared gradients"
        case .adam: return "momentum plus RMSProp with bias correction (PyTorch Adam)"
        case .adamw: return "Adam with decoupled weight decay (PyTorch AdamW)"
        }
    }
}

extension Session {
    /// Passes a long computation's progress to the front end.
    func report(_ done: Int, _ total: Int, _ label: String) {
        progress?(Progress(done: done, total: total, label: label))
    }
}

import Language
import Optimization

/// The NumPy or PyTorch script that reproduces a run or a full-batch fit: the same loss,
/// start, optimizer, hyperparameters, schedule and number of updates, printing the final
/// parameters as `final = [...]` and the final loss as `loss = ...` in Python's
/// round-trip notation, to compare with Descent's `r.final`.
///
/// NumPy scripts write the exact symbolic gradient (for a fit, the vectorised
/// (1/m)·Xᵀ(Xθ − y) with a column per parameter) and the optimizer's update by hand,
/// as torch.optim documents it; PyTorch scripts let autograd compute the gradient with
/// `loss.backward()` and step a `torch.optim` optimizer and `lr_scheduler`.
struct PythonScript {
    /// What the script minimises.
    enum Problem {
        /// A loss of the parameters, as `sgd(f, w = 5)` minimises.
        case loss(Expr)
        /// A model h(x; θ) fitted to (xs, ys) by J = 1/(2m) Σ (h(x) − y)².
        case fit(model: Expr, input: String, xs: [Double], ys: [Double])
    }

    var problem: Problem
    var kind: OptimizerKind
    var hyperparameters: Hyperparameters
    var parameters: [String]
    var start: [Double]
    var steps: Int
    /// How Descent's run ended, for the comment on the loop.
    var ending: String
    /// The call, as a comment on the first line.
    var title: String

    private var names: [String] { parameters.map(PythonPrinter.identifier) }
    private var arguments: String { names.joined(separator: ", ") }

    // MARK: NumPy

    /// The NumPy script.
    func numpy() -> String {
        let printer = PythonPrinter(library: .numpy)
        var lines = ["# \(title)", "# reproduced in NumPy: the exact gradient and \(kind.torchClass)'s update, by hand", "import numpy as np", ""]
        switch problem {
        case .loss(let f):
            lines += ["", "def loss(\(arguments)):", "    return \(printer.string(f))", ""]
            lines += ["", "def gradient(\(arguments)):", "    # the exact partial derivatives"]
            let partials = parameters.map { printer.string(f.derivative(withRespectTo: $0)) }
            lines += ["    return np.array([" + partials.map { "\($0)" }.joined(separator: ", ") + "], dtype=float)", ""]
            lines += [""]
        case .fit(let model, let input, let xs, let ys):
            let x = PythonPrinter.identifier(input)
            lines += ["\(x) = np.array(\(list(xs)))", "y = np.array(\(list(ys)))", "m = len(y)"]
            let columns = parameters.map { name -> String in
                let column = model.derivative(withRespectTo: name)
                if column == .one { return "np.ones(m)" }
                return column.freeSymbols.contains(input) ? printer.string(column) : "np.full(m, \(printer.string(column)))"
            }
            lines += ["# one column per parameter: dh/d\(parameters.joined(separator: ", dh/d")) (a column of ones for a bias)",
                      "X = np.column_stack([\(columns.joined(separator: ", "))])", ""]
            lines += ["", "def loss(theta):", "    r = X @ theta - y", "    return r @ r / (2 * m)", ""]
            lines += ["", "def gradient(theta):", "    return X.T @ (X @ theta - y) / m", ""]
            lines += [""]
        }
        let call = fitCall
        lines += ["theta = np.array(\(list(start)))  # \(names.joined(separator: ", "))"]
        lines += numpySettings()
        lines += numpyState()
        if let schedule = hyperparameters.schedule {
            lines += ["", "def learning_rate(t):", "    # torch.optim.lr_scheduler's closed form after t scheduler steps",
                      "    return \(numpyRate(schedule, t: "t", base: "lr"))", ""]
        }
        lines += ["for t in range(1, steps + 1):  # \(ending)", "    g = gradient(\(call))"]
        lines += numpyUpdate().map { "    " + $0 }
        lines += ["", "print(\"final =\", [float(v) for v in theta])", "print(\"loss =\", float(loss(\(call))))"]
        return lines.joined(separator: "\n") + "\n"
    }

    private var fitCall: String {
        if case .fit = problem { return "theta" }
        return "*theta"
    }

    private func numpySettings() -> [String] {
        ["steps = \(steps)"] + settings.map { "\($0.0) = \($0.1)" }
    }

    /// torch's names and values for the settings this kind uses (non-defaults and the ones its update reads).
    private var settings: [(String, String)] {
        let h = hyperparameters
        switch kind {
        case .sgd, .momentum, .nesterov:
            var s: [(String, String)] = [("lr", "\(h.learningRate)")]
            if h.momentum != 0 { s += [("momentum", "\(h.momentum)"), ("dampening", "\(h.dampening)")] }
            if h.weightDecay != 0 { s.append(("weight_decay", "\(h.weightDecay)")) }
            return s
        case .adagrad:
            return [("lr", "\(h.learningRate)"), ("lr_decay", "\(h.learningRateDecay)"), ("weight_decay", "\(h.weightDecay)"),
                    ("initial_accumulator_value", "\(h.initialAccumulatorValue)"), ("eps", "\(h.epsilon)")]
        case .rmsprop:
            return [("lr", "\(h.learningRate)"), ("alpha", "\(h.alpha)"), ("eps", "\(h.epsilon)"), ("weight_decay", "\(h.weightDecay)"),
                    ("momentum", "\(h.momentum)"), ("centered", h.centered ? "True" : "False")]
        case .adam, .adamw:
            return [("lr", "\(h.learningRate)"), ("betas", "(\(h.beta1), \(h.beta2))"), ("eps", "\(h.epsilon)"),
                    ("weight_decay", "\(h.weightDecay)")]
        }
    }

    private func numpyState() -> [String] {
        let h = hyperparameters
        switch kind {
        case .sgd, .momentum, .nesterov: return h.momentum != 0 ? ["buf = np.zeros_like(theta)  # the velocity"] : []
        case .adagrad: return ["state_sum = np.full_like(theta, initial_accumulator_value)  # sum of squared gradients"]
        case .rmsprop:
            return ["square_avg = np.zeros_like(theta)  # running average of squared gradients"]
                + (h.momentum > 0 ? ["buf = np.zeros_like(theta)"] : []) + (h.centered ? ["grad_avg = np.zeros_like(theta)"] : [])
        case .adam, .adamw:
            return ["beta1, beta2 = betas", "m = np.zeros_like(theta)  # first moment", "v = np.zeros_like(theta)  # second moment (uncentered variance)"]
        }
    }

    private func numpyUpdate() -> [String] {
        let h = hyperparameters
        let rate = h.schedule == nil ? "lr" : "learning_rate(t - 1)"
        var lines: [String] = []
        let decay = h.weightDecay != 0 && kind != .adamw ? ["g = g + weight_decay * theta"] : []
        switch kind {
        case .sgd, .momentum, .nesterov:
            lines += decay
            if h.momentum != 0 {
                lines += ["buf = g.copy() if t == 1 else momentum * buf + (1 - dampening) * g"]
                lines += [kind == .nesterov ? "g = g + momentum * buf" : "g = buf"]
            }
            lines += ["theta = theta - \(rate) * g"]
        case .adagrad:
            lines += decay
            lines += ["clr = \(rate) / (1 + (t - 1) * lr_decay)", "state_sum = state_sum + g * g",
                      "theta = theta - clr * g / (np.sqrt(state_sum) + eps)"]
        case .rmsprop:
            lines += decay
            lines += ["square_avg = alpha * square_avg + (1 - alpha) * g * g"]
            if h.centered {
                lines += ["grad_avg = grad_avg + (1 - alpha) * (g - grad_avg)", "avg = np.sqrt(square_avg - grad_avg * grad_avg) + eps"]
            } else {
                lines += ["avg = np.sqrt(square_avg) + eps"]
            }
            lines += h.momentum > 0 ? ["buf = momentum * buf + g / avg", "theta = theta - \(rate) * buf"]
                                    : ["theta = theta - \(rate) * g / avg"]
        case .adam, .adamw:
            if kind == .adamw { lines += ["theta = theta * (1 - \(rate) * weight_decay)  # decoupled weight decay"] }
            lines += decay
            lines += ["m = m + (1 - beta1) * (g - m)", "v = beta2 * v + (1 - beta2) * g * g",
                      "bias_correction1 = 1 - beta1 ** t", "bias_correction2 = 1 - beta2 ** t",
                      "theta = theta - (\(rate) / bias_correction1) * m / (np.sqrt(v) / np.sqrt(bias_correction2) + eps)"]
        }
        return lines
    }

    private func numpyRate(_ schedule: LearningRateSchedule, t: String, base: String) -> String {
        switch schedule {
        case .stepDecay(let every, let factor): return "\(base) * \(factor) ** (\(t) // \(every))"
        case .exponential(let gamma): return "\(base) * \(gamma) ** \(t)"
        case .cosine(let steps, let minimum):
            return "\(minimum) + (\(base) - \(minimum)) * (1 + np.cos(np.pi * \(t) / \(steps))) / 2"
        case .warmup(let steps, let start):
            return "\(base) * (\(start) + (1 - \(start)) * min(\(t), \(steps)) / \(steps))"
        case .sequence(let parts):
            var offset = 0
            var text = ""
            for part in parts.dropLast() {
                let length = part.length ?? 0
                text += "\(numpyRate(part, t: "(\(t) - \(offset))", base: base)) if \(t) < \(offset + length) else "
                offset += length
            }
            return text + numpyRate(parts.last ?? .exponential(gamma: 1), t: "(\(t) - \(offset))", base: base)
        }
    }

    // MARK: PyTorch

    /// The PyTorch script.
    func torch() -> String {
        let printer = PythonPrinter(library: .torch)
        var lines = ["# \(title)", "# reproduced in PyTorch: autograd computes the gradient, torch.optim takes the step",
                     "import math", "import torch", "", "torch.set_default_dtype(torch.float64)", ""]
        switch problem {
        case .loss(let f):
            lines += ["", "def loss(\(arguments)):", "    return \(printer.string(f))", ""]
        case .fit(let model, let input, let xs, let ys):
            let x = PythonPrinter.identifier(input)
            lines += ["\(x) = torch.tensor(\(list(xs)))", "y = torch.tensor(\(list(ys)))", "m = len(y)", ""]
            lines += ["", "def loss(\(arguments)):", "    h = \(printer.string(model))  # the model at every x at once",
                      "    return ((h - y) ** 2).sum() / (2 * m)", ""]
        }
        lines += [""]
        for (name, value) in zip(names, start) {
            lines.append("\(name) = torch.tensor(\(value), requires_grad=True)")
        }
        lines += ["params = [\(names.joined(separator: ", "))]"]
        let options = settings.map { "\($0.0)=\($0.1)" } + (kind == .nesterov ? ["nesterov=True"] : [])
        lines += ["optimizer = torch.optim.\(kind.torchClass)(params, \(options.joined(separator: ", ")))"]
        if let schedule = hyperparameters.schedule {
            lines += ["scheduler = \(torchScheduler(schedule))"]
        }
        lines += ["steps = \(steps)", "", "for t in range(1, steps + 1):  # \(ending)",
                  "    optimizer.zero_grad()  # forget the last step's gradient",
                  "    f = loss(*params)", "    f.backward()  # autograd: the gradient of f into each p.grad",
                  "    optimizer.step()  # one \(kind.torchClass) update"]
        if hyperparameters.schedule != nil { lines += ["    scheduler.step()  # the next learning rate"] }
        lines += ["", "print(\"final =\", [p.item() for p in params])", "with torch.no_grad():",
                  "    print(\"loss =\", loss(*params).item())"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func torchScheduler(_ schedule: LearningRateSchedule) -> String {
        let s = "torch.optim.lr_scheduler."
        switch schedule {
        case .stepDecay(let every, let factor): return "\(s)StepLR(optimizer, step_size=\(every), gamma=\(factor))"
        case .exponential(let gamma): return "\(s)ExponentialLR(optimizer, gamma=\(gamma))"
        case .cosine(let steps, let minimum): return "\(s)CosineAnnealingLR(optimizer, T_max=\(steps), eta_min=\(minimum))"
        case .warmup(let steps, let start):
            return "\(s)LinearLR(optimizer, start_factor=\(start), end_factor=1.0, total_iters=\(steps))"
        case .sequence(let parts):
            var milestones: [Int] = []
            var offset = 0
            for part in parts.dropLast() {
                offset += part.length ?? 0
                milestones.append(offset)
            }
            return "\(s)SequentialLR(optimizer, [\(parts.map(torchScheduler).joined(separator: ", "))], milestones=\(milestones))"
        }
    }

    private func list(_ values: [Double]) -> String {
        "[" + values.map { "\($0)" }.joined(separator: ", ") + "]"
    }
}

extension OptimizerKind {
    /// The torch.optim class that implements this kind.
    var torchClass: String {
        switch self {
        case .sgd, .momentum, .nesterov: "SGD"
        case .adagrad: "Adagrad"
        case .rmsprop: "RMSprop"
        case .adam: "Adam"
        case .adamw: "AdamW"
        }
    }
}

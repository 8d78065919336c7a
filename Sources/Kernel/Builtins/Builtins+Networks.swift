import Foundation
import Language
import Optimization
import Plotting

/// backprop, layers and sigmoidchain: the chain rule made visible.
extension Builtins {
    static let networks: [Builtin] = [
        Builtin(name: "backprop", signature: "backprop(e, x = 0.5)",
                summary: "reverse mode on the expression graph: each node's value (forward), local derivative and gradient (backward), checked against the symbolic derivative and a finite difference",
                example: "backprop(sigmoid(3*sigmoid(2*x + 1)), x = 0.5)") { args, interpreter throws(LanguageError) in
            try args.expectCount(1, 1, "1 argument (an expression) with a value for each variable, as in x = 0.5")
            guard let e = Interpreter.expression(of: args.positional[0].value) else {
                throw .invalidArgument(function: "backprop", message: "expected an expression", at: args.positional[0].range)
            }
            var bindings: [String: Double] = [:]
            for variable in e.freeSymbols {
                guard args.option(variable) != nil else {
                    throw .invalidArgument(function: "backprop", message: "give a value for \(variable), as in \(variable) = 0.5", at: args.range)
                }
                bindings[variable] = try args.number(variable, default: 0)
            }
            try args.expectOptions(e.freeSymbols)
            let tape: GradientTape
            do { tape = try GradientTape(e, at: bindings) } catch {
                throw .other("cannot evaluate the expression", at: args.range)
            }
            return .output(BackpropReport(tape: tape, expression: e, bindings: bindings,
                                          settings: interpreter.session.settings).output)
        },
        Builtin(name: "layers", signature: "layers(depth = 20, width = 16, activation = sigmoid, init = xavier, seed = 1)",
                summary: "a random fully connected network: the gradient norm of every layer after one backward pass; activation sigmoid/tanh/relu, init normal (std = s)/xavier/he, residual = true, batchnorm = true, clip = c",
                example: "layers(depth = 20, width = 16, activation = sigmoid, init = xavier, seed = 1)") { args, interpreter throws(LanguageError) in
            try args.expectCount(0, 0, "only named settings, as in depth = 20")
            try args.expectOptions(["depth", "width", "activation", "init", "std", "seed", "residual", "clip", "batch", "batchnorm"])
            let activation = try choice(args, "activation", default: Activation.sigmoid,
                                        among: Activation.allCases.map { ($0.rawValue, $0) })
            let initName = try symbolOption(args, "init", default: "xavier", among: ["normal", "xavier", "he"])
            let initialization: WeightInitialization
            switch initName {
            case "normal": initialization = .normal(std: try args.number("std", default: 1, in: 0...(.infinity)))
            case "he": initialization = .he
            default: initialization = .xavier
            }
            let clip = args.option("clip") == nil ? nil : try args.number("clip", default: 1)
            let depth = try args.integer("depth", default: 20, in: 1...1000)
            let width = try args.integer("width", default: 16, in: 1...1024)
            let residual = try args.flag("residual", default: false)
            let batchNorm = try args.flag("batchnorm", default: false)
            let batch = try args.integer("batch", default: 32, in: 1...4096)
            let seed = UInt64(try args.integer("seed", default: Int(clamping: interpreter.session.settings.seed), in: 0...Int.max))
            try checkNetworkBudget(args, depth: depth, width: width, batch: batch)
            let flow = try translatingOptimizationErrors("layers", at: args.range) {
                try GradientFlow(depth: depth, width: width, activation: activation,
                                 initialization: initialization, residual: residual, batchNorm: batchNorm, clip: clip,
                                 batchSize: batch, seed: seed)
            }
            return .output(layersReport(flow, activation: activation.rawValue, initName: initName, clip: clip))
        },
        Builtin(name: "sigmoidchain", signature: "sigmoidchain(n = 10, x = 0)",
                summary: "σ composed n times: how the derivative d/dx σⁿ(x) shrinks, at most (1/4)ⁿ",
                example: "sigmoidchain(n = 10, x = 0)") { args, _ throws(LanguageError) in
            try args.expectCount(0, 0, "only named settings, as in n = 10, x = 0")
            try args.expectOptions(["n", "x"])
            let depth = try args.integer("n", default: 10, in: 1...200)
            let chain = SigmoidChain(at: try args.number("x", default: 0), depth: depth)
            var rows: [[Table.Cell]] = []
            for k in 0..<depth {
                let bound = Foundation.pow(0.25, Double(k + 1))
                let row: [Table.Cell] = [.text(String(k + 1)), .number(chain.values[k]), .number(chain.derivatives[k]), .number(bound)]
                rows.append(row)
            }
            let bars = BarChart((0..<depth).map { BarChart.Bar("n = \($0 + 1)", chain.derivatives[$0]) }, scale: .logarithmic,
                                title: "d/dx σⁿ(x) on a log scale")
            return .output(.sequence([
                .message("Each σ multiplies the gradient by σ'(u) = σ(u)(1 − σ(u)) ≤ 1/4, so n of them give at most (1/4)ⁿ."),
                .table(Table(header: ["n", "σⁿ(x)", "d/dx σⁿ(x)", "(1/4)ⁿ"], rows: rows)),
                .plot(.bars(bars)),
            ]))
        },
    ]

    private static func symbolOption(_ args: Arguments, _ label: String, default value: String, among names: [String])
        throws(LanguageError) -> String
    {
        try choice(args, label, default: value, among: names.map { ($0, $0) })
    }

    /// The value named by option `label` (a bare name such as `relu`), one of `choices`.
    private static func choice<Choice>(_ args: Arguments, _ label: String, default value: Choice,
                                       among choices: [(name: String, value: Choice)]) throws(LanguageError) -> Choice
    {
        guard let option = args.option(label) else { return value }
        guard case .expression(let expr) = option.value, let name = expr.symbolName,
              let chosen = choices.first(where: { $0.name == name }) else {
            let names = choices.map(\.name).joined(separator: ", ")
            throw .invalidArgument(function: args.function, message: "\(label) is one of \(names)", at: option.range)
        }
        return chosen.value
    }

    /// Refuses a network whose numbers or arithmetic exceed ``GradientFlow`` budgets
    /// before any of it is allocated.
    private static func checkNetworkBudget(_ args: Arguments, depth: Int, width: Int, batch: Int) throws(LanguageError) {
        let cost = GradientFlow.Cost(depth: depth, width: width, batchSize: batch)
        let format = NumberFormat()
        let size = "depth = \(depth), width = \(width), batch = \(batch)"
        if cost.storedNumbers > GradientFlow.Cost.maximumStoredNumbers {
            throw .invalidArgument(function: "layers",
                                   message: "\(size) would hold \(format.string(Double(cost.storedNumbers))) numbers in memory, more than the limit of \(format.string(Double(GradientFlow.Cost.maximumStoredNumbers))); choose a smaller depth or width",
                                   at: args.range)
        }
        if cost.multiplyAdds > GradientFlow.Cost.maximumMultiplyAdds {
            throw .invalidArgument(function: "layers",
                                   message: "\(size) would take \(format.string(Double(cost.multiplyAdds))) multiplications, more than the limit of \(format.string(Double(GradientFlow.Cost.maximumMultiplyAdds))); choose a smaller depth, width or batch",
                                   at: args.range)
        }
    }

    private static func layersReport(_ flow: GradientFlow, activation: String, initName: String, clip: Double?) -> Output {
        let format = NumberFormat(digits: 4)
        var header = ["layer", "gradient norm", "activation mean", "activation std"]
        if clip != nil { header.insert("after clipping", at: 2) }
        let rows: [[Table.Cell]] = flow.layers.map { layer in
            var row: [Table.Cell] = [.text(String(layer.layer)), .number(layer.gradientNorm),
                                     .number(layer.activationMean), .number(layer.activationStd)]
            if clip != nil { row.insert(.number(layer.clippedGradientNorm), at: 2) }
            return row
        }
        let bars = BarChart(flow.layers.map { BarChart.Bar("layer \($0.layer)", clip != nil ? $0.clippedGradientNorm : $0.gradientNorm) },
                            scale: .logarithmic, title: "gradient norm per layer (log scale)")
        let first = flow.layers.first?.gradientNorm ?? 0, last = flow.layers.last?.gradientNorm ?? 0
        let ratio = last > 0 ? first / last : .nan
        var message = "\(flow.layers.count) layers, \(activation), \(initName) initialisation: loss \(format.string(flow.loss)), total gradient norm \(format.string(flow.totalNorm)).\n"
        message += "The first layer's gradient is \(format.string(ratio)) times the last layer's"
        message += ratio < 1e-2 ? ": vanishing." : (ratio > 1e2 ? ": exploding." : ".")
        if let clip { message += "\nClipped to global norm \(format.string(clip)): every gradient scaled by \(format.string(flow.clipScale))." }
        return .sequence([.message(message), .table(Table(header: header, rows: rows)), .plot(.bars(bars))])
    }
}

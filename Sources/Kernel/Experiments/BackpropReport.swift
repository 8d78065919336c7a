import Language
import Plotting

/// How `backprop` shows reverse mode: a table node by node, the graph drawn as a tree,
/// and the result checked two other ways.
struct BackpropReport {
    let tape: GradientTape
    let expression: Expr
    let bindings: [String: Double]
    let settings: Settings

    var output: Output {
        let texts = printer.strings(ofSubexpressionsOf: expression)
        return .sequence([.message(check), .table(table(texts)), .text(tree(texts))])
    }

    private var printer: Printer { settings.printer }
    private var format: NumberFormat { NumberFormat(digits: 6) }

    /// Each node's local derivative toward its first parent, `∂parent/∂node`.
    private var localToParent: [Int: Double] {
        var locals: [Int: Double] = [:]
        for node in tape.nodes.reversed() {
            for (child, local) in zip(node.children, node.localDerivatives) where locals[child] == nil {
                locals[child] = local
            }
        }
        return locals
    }

    /// One row per node, labelled from `texts` (every subexpression written once).
    func table(_ texts: [Expr: String]) -> Table {
        let locals = localToParent
        let rows: [[Table.Cell]] = tape.nodes.enumerated().compactMap { index, node in
            guard !node.isConstant else { return nil }
            return [.text("#\(index + 1)"), .text(label(node, texts)), .number(node.value),
                    locals[index].map { .number($0) } ?? .text("output"), .number(node.gradient)]
        }
        return Table(header: ["node", "operation", "value", "local", "gradient"], rows: rows, maxRows: 60)
    }

    /// The graph from the output down, each line with the node's value and gradient.
    func tree(_ texts: [Expr: String]) -> String {
        let ascii = settings.style == .ascii
        var lines: [String] = ["graph (value, gradient):"]
        var drawn = Set<Int>()
        func draw(_ index: Int, prefix: String, connector: String, childPrefix: String) {
            let node = tape.nodes[index]
            let repeatNote = drawn.contains(index) ? "  (shared, drawn above)" : ""
            let numbers = node.isConstant ? "" : "   value \(format.string(node.value)), gradient \(format.string(node.gradient))"
            lines.append(prefix + connector + "#\(index + 1) \(label(node, texts))" + numbers + repeatNote)
            guard drawn.insert(index).inserted, lines.count < 200 else { return }
            for (position, child) in node.children.enumerated() {
                let last = position == node.children.count - 1
                draw(child, prefix: prefix + childPrefix,
                     connector: last ? (ascii ? "`- " : "└─ ") : (ascii ? "|- " : "├─ "),
                     childPrefix: last ? "   " : (ascii ? "|  " : "│  "))
            }
        }
        draw(tape.nodes.count - 1, prefix: "", connector: "", childPrefix: "")
        return lines.joined(separator: "\n")
    }

    /// The reverse-mode gradient beside the symbolic derivative and a central difference.
    var check: String {
        var lines: [String] = []
        for variable in expression.freeSymbols {
            let reverse = tape.gradient(of: variable)
            let symbolic = (try? expression.derivative(withRespectTo: variable).evaluate(bindings)) ?? .nan
            let x = bindings[variable] ?? 0
            let h = 1e-6 * max(1, abs(x))
            var plus = bindings, minus = bindings
            plus[variable] = x + h
            minus[variable] = x - h
            let numeric = (((try? expression.evaluate(plus)) ?? .nan) - ((try? expression.evaluate(minus)) ?? .nan)) / (2 * h)
            let agrees = abs(reverse - symbolic) <= 1e-9 * max(1, abs(symbolic))
            lines.append("∂out/∂\(variable) by reverse mode = \(format.string(reverse)); symbolic derivative = \(format.string(symbolic))"
                         + (agrees ? " (agrees)" : " (DIFFERS)") + "; central difference = \(format.string(numeric))")
        }
        lines.append("value: the forward pass. local: ∂parent/∂node. gradient: ∂out/∂node, the parent's gradient times local,")
        lines.append("summed over parents: the chain rule, one edge at a time.")
        return lines.joined(separator: "\n")
    }

    private func label(_ node: GradientTape.Node, _ texts: [Expr: String]) -> String {
        let text = texts[node.expr] ?? printer.string(node.expr)
        let short = text.count > 28 ? String(text.prefix(27)) + "…" : text
        return ["+", "*", "^"].contains(node.operation) ? "\(node.operation)  \(short)" : short
    }
}

extension GradientTape.Node {
    /// Numbers and constants: no variable depends on them, so their gradients are not shown.
    var isConstant: Bool { operation == "number" || operation == "pi" || operation == "e" }
}

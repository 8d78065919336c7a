import Foundation

/// Real cells to mutate: every line of the ```descent blocks of the README and the lessons.
public enum FuzzCorpus {
    /// Cells that exercise each built-in, used when no Markdown is found and always mixed in.
    public static let seeds = [
        "diff(sin(x)^2, x)", "grad(x^2 + 3*x*y)", "hessian(x^2*y + y^3)", "expand((x + 1)^3)",
        "simplify(sin(x)^2 + cos(x)^2)", "subs(x^2 + y, x = t + 1, y = 2)", "taylor(exp(x), x, 0, 4)",
        "eval(x^2 + y, x = 1, y = 2)", "latex(x^2/2)", "plot([sin(x), cos(x)], x = -pi..pi)",
        "scatter([1, 2, 3], [2, 4, 5], 0.6*x + 2.2)", "contour(x^2 + y^2, x = -2..2, y = -2..2, log = true)",
        "bars([1, 0.1, 1e-3], log = true)", "table([x^2, diff(x^2, x)], x = 0..1, step = 0.25)",
        "sgd(x^2 + y^2, x = 1, y = 2, lr = 0.1, steps = 20)", "adam((1-x)^2 + 100*(y-x^2)^2, x = -1.2, y = 1, steps = 50)",
        "lrsweep(x^2, x = 5, lrs = [0.01, 0.1, 1], steps = 30)", "compare(x^2 + y^2, x = 1, y = 2, steps = 20)",
        "fit(w*x + b, x = [1, 2, 3, 4, 5], y = [2, 4, 5, 4, 5], params = [w, b], lr = 0.01, steps = 100)",
        "backprop(sigmoid(3*sigmoid(2*x + 1)), x = 0.5)", "layers(depth = 5, width = 4, activation = relu, seed = 2)",
        "sigmoidchain(n = 10, x = 0)", "f(x) = x^3 - 3*x", "f(2)", "r = sgd(x^2, x = 3, steps = 5)", "r.path", "Out[1]", "_",
        "[1, 2, 3][2]", "x²⁻¹ + 2x·y − 3÷z", "\"text\"", "1..2", "max(x, 2)", "relu(x) + tanh(x)",
    ]

    /// The cells of `text`: the lines of its ```descent code blocks.
    public static func cells(inMarkdown text: String) -> [String] {
        var cells: [String] = []
        var inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                inBlock = !inBlock && trimmed == "```descent"
                continue
            }
            if inBlock && !trimmed.isEmpty && !trimmed.hasPrefix(":") { cells.append(trimmed) }
        }
        return cells
    }

    /// The seeds and the cells of README.md and Lessons/*.md under `root`, the package directory.
    public static func load(root: URL) -> [String] {
        var files = [root.appendingPathComponent("README.md")]
        let lessons = root.appendingPathComponent("Lessons")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: lessons.path)) ?? []
        files += names.filter { $0.hasSuffix(".md") }.sorted().map { lessons.appendingPathComponent($0) }
        var cells = seeds
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            cells += self.cells(inMarkdown: text)
        }
        return cells
    }
}

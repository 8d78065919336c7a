// Measures what the README promises: 1,000,000 Adam steps on the Rosenbrock function
// through the language's compiled expressions, against the same loop written by hand;
// and how long the largest plots take to draw (the tests check what they draw, not how fast).
// Run with: swift run -c release DescentBenchmark
import Foundation
import Kernel
import Language
import Optimization

let steps = 1_000_000
let repetitions = 5

func best(_ label: String, _ body: () throws -> Void) rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<repetitions {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    let padded = label.padding(toLength: 44, withPad: " ", startingAt: 0)
    print(padded + String(format: "%8.1f ms", fastest * 1000))
    return fastest
}

let rosenbrock = try Parser.parseExpression("(1 - x)^2 + 100*(y - x^2)^2").algebraic()
let objective = try CompiledObjective.objective(rosenbrock, parameters: ["x", "y"], function: "benchmark", at: SourceRange(1, 1))
var hyperparameters = Hyperparameters(for: .adam)
hyperparameters.learningRate = 0.001

print("1,000,000 Adam steps on (1 - x)^2 + 100*(y - x^2)^2 from (-1.2, 1), lr = 0.001; best of \(repetitions)")
let handWritten = best("hand-written Swift loop") { _ = RosenbrockBenchmark.handWritten(steps: steps) }
let compiled = try best("compiled expression, no table") {
    _ = try Run(kind: .adam, hyperparameters: hyperparameters, objective: objective, start: [-1.2, 1], steps: steps, tol: 0, record: false)
}
let recorded = try best("compiled expression, every row recorded") {
    _ = try Run(kind: .adam, hyperparameters: hyperparameters, objective: objective, start: [-1.2, 1], steps: steps, tol: 0, record: true)
}
let session = Session()
let cell = best("the cell adam(..., steps = 1000000)") {
    _ = session.execute("r = adam((1-x)^2 + 100*(y-x^2)^2, x = -1.2, y = 1, lr = 0.001, steps = 1000000, tol = 0)")
}
print(String(format: "ratio compiled / hand-written: %.2f×", compiled / handWritten))

var wide = Settings()
wide.width = 200
let plots = Session(settings: wide)
print("Plots 200 columns wide, evaluated and drawn; best of \(repetitions)")
for cell in [
    "contour((1 - x)^2 + 100*(y - x^2)^2, x = -2..2, y = -1..3, height = 50)",
    "plot([sin(x), sin(x + 1/3), sin(x + 2/3), sin(x + 1), sin(x + 4/3), sin(x + 5/3), sin(x + 2), sin(x + 7/3), sin(x + 8/3), sin(x + 3)], x = -3..3, height = 50)",
] {
    _ = best(String(cell.prefix(40)) + "…") {
        _ = plots.execute(cell).output.map { TextRenderer(settings: plots.settings).render($0) }
    }
}
_ = (recorded, cell)

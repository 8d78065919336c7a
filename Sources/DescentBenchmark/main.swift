// The speed and memory figures in the README, measured side by side in one run:
//   swift build -c release && .build/release/DescentBenchmark [--long]
// 1. The speed bar: Adam on Rosenbrock by a hand-written Swift loop, by the compiled engine,
//    and as the whole cell `descent -e 'adam(...)'` in a child process (wall time and peak
//    memory), at 1,000,000 and 10,000,000 steps (and 100,000,000 with --long).
// 2. Differentiation of deep compositions and wide sums, and backprop through a deep chain.
// 3. Printing deep derivatives, as text and as styled runs.
// 4. How long the largest plots take to draw.
import Foundation
import Kernel
import Language
import Optimization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let repetitions = 3

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

/// The fastest of `repetitions` runs of `body`, in seconds.
func best(_ body: () throws -> Void) rethrows -> Double {
    var fastest = Double.infinity
    for _ in 0..<repetitions {
        let start = ContinuousClock.now
        try body()
        fastest = min(fastest, seconds(ContinuousClock.now - start))
    }
    return fastest
}

func line(_ label: String, _ value: String) {
    print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + value)
}

func milliseconds(_ value: Double) -> String { String(format: "%9.1f ms", value * 1000) }

/// The fastest of `repetitions` runs of `descent -e cell`, and the largest peak memory.
func bestChildRun(_ executable: String, _ cell: String) -> (seconds: Double, peakBytes: Int)? {
    var result: (seconds: Double, peakBytes: Int)?
    for _ in 0..<repetitions {
        guard let run = childRun(executable, cell) else { return nil }
        result = (min(run.seconds, result?.seconds ?? .infinity), max(run.peakBytes, result?.peakBytes ?? 0))
    }
    return result
}

/// Runs `descent -e cell` and returns its wall time and peak resident memory (bytes).
func childRun(_ executable: String, _ cell: String) -> (seconds: Double, peakBytes: Int)? {
    var pid: pid_t = 0
    let arguments = [executable, "-e", cell]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = ContinuousClock.now
    guard posix_spawn(&pid, executable, &actions, nil, &argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid, status == 0 else { return nil }
    let elapsed = seconds(ContinuousClock.now - start)
    #if canImport(Darwin)
    let peak = Int(usage.ru_maxrss)
    #else
    let peak = Int(usage.ru_maxrss) * 1024
    #endif
    return (elapsed, peak)
}

let descent = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("descent").path
let long = CommandLine.arguments.contains("--long")

// MARK: The speed bar

let rosenbrock = try Parser.parseExpression("(1 - x)^2 + 100*(y - x^2)^2").algebraic()
let objective = try CompiledObjective.objective(rosenbrock, parameters: ["x", "y"], function: "benchmark", at: SourceRange(1, 1))
var hyperparameters = Hyperparameters(for: .adam)
hyperparameters.learningRate = 0.01

print("Adam on (1 - x)^2 + 100*(y - x^2)^2 from (-1.2, 1), lr = 0.01, tol = 0; best of \(repetitions)")
for steps in [1_000_000, 10_000_000] + (long ? [100_000_000] : []) {
    print("\n\(steps.formatted()) steps")
    let handWritten = best { _ = RosenbrockBenchmark.handWritten(steps: steps, lr: 0.01) }
    line("  hand-written Swift loop", milliseconds(handWritten))
    let engine = try best {
        _ = try Run(kind: .adam, hyperparameters: hyperparameters, objective: objective, start: [-1.2, 1],
                    steps: steps, tol: 0, record: false)
    }
    line("  compiled engine (no rows kept)", milliseconds(engine) + String(format: "   %.2f× the loop", engine / handWritten))
    let recorded = try best {
        _ = try Run(kind: .adam, hyperparameters: hyperparameters, objective: objective, start: [-1.2, 1],
                    steps: steps, tol: 0, record: true)
    }
    line("  compiled engine (sampled rows, loss envelope)", milliseconds(recorded) + String(format: "   %.2f× the loop", recorded / handWritten))
    let cell = "adam((1-x)^2 + 100*(y-x^2)^2, x = -1.2, y = 1, lr = 0.01, steps = \(steps), tol = 0)"
    if let child = bestChildRun(descent, cell) {
        line("  the whole cell, descent -e (a new process)", milliseconds(child.seconds)
             + String(format: "   %.2f× the loop, peak memory %.1f MB", child.seconds / handWritten, Double(child.peakBytes) / 1_048_576))
    } else {
        line("  the whole cell, descent -e", "could not run \(descent) (build it with swift build -c release)")
    }
}
if let empty = bestChildRun(descent, "1") {
    line("\n  for scale: descent -e '1' (start-up alone)", milliseconds(empty.seconds)
         + String(format: "   peak memory %.1f MB", Double(empty.peakBytes) / 1_048_576))
}

// MARK: Differentiation

func sinChain(_ depth: Int, _ variable: String) -> Expr {
    var f = Expr.symbol(variable)
    for _ in 0..<depth { f = .call(.sin, [f]) }
    return f
}

print("\ndiff of sin(sin(…sin(x)…)): time, and nodes + edges constructed")
var previousWork: Int?
for depth in [1_000, 2_000, 4_000, 8_000] {
    let f = sinChain(depth, "chain\(depth)")
    var work = 0
    let time = best { work = ConstructionStatistics.measuring { f.derivative(withRespectTo: "chain\(depth)") }.1.work }
    let growth = previousWork.map { String(format: "   (%.2f× the work of half the depth)", Double(work) / Double($0)) } ?? ""
    line("  depth \(depth.formatted())", milliseconds(time) + "   \(work.formatted()) nodes + edges" + growth)
    previousWork = work
}

let names = (0..<4_000).map { "v\($0)" }
let wideSum = Expr.sum(names.map(Expr.symbol))
let gradientTime = best { _ = wideSum.gradient(withRespectTo: names) }
line("\ngrad of a sum of 4,000 variables", milliseconds(gradientTime))
let gradientCell = "grad(" + names.joined(separator: " + ") + ")"
let gradientCellTime = best { _ = Session().execute(gradientCell) }
line("grad(v0 + v1 + … + v3999) as a cell", milliseconds(gradientCellTime))
line("taylor(x^x, x, 1, 30) as a cell", milliseconds(best { _ = Session().execute("taylor(x^x, x, 1, 30)") }))

// MARK: Printing

print("\nPrinting a derivative as text, and as styled runs for the terminal; best of \(repetitions)")
var numeralChain = Expr.symbol("x")
for _ in 0..<2_500 { numeralChain = .call(.sin, [.integer(2) * numeralChain + .real(0.5)]) }
for (label, derivative) in [
    ("diff of an 8,000-level sin chain", sinChain(8_000, "x").derivative(withRespectTo: "x")),
    ("diff of sin(2·sin(2·…) + 0.5), 2,500 levels", numeralChain.derivative(withRespectTo: "x")),
] {
    var length = 0
    let plain = best { length = Printer().string(derivative).utf8.count }
    var runs = 0
    let styled = best { runs = Printer().styled(derivative).runs.count }
    line("  " + label, "\(length.formatted()) bytes")
    line("    Printer.string", milliseconds(plain))
    let ratio = String(format: "%.2f× string", styled / plain)
    line("    Printer.styled", milliseconds(styled) + "   \(ratio), \(runs.formatted()) runs")
}

// MARK: Input

print("\nLarge input read as cells, lexed and parsed (or rejected); best of \(repetitions)")
let parentheses = String(repeating: "(", count: 1_000_000) + "\n"
let parenthesesTime = best { for entry in CellReader().cells(in: parentheses) { _ = Session().execute(entry.text) } }
line("  a line of 1,000,000 '(' rejected", milliseconds(parenthesesTime))
let points = (0..<1_000_000).map { String(format: "%.4f", Double($0 % 997) / 997) }.joined(separator: ", ")
let scatterFile = "scatter([\(points)], [\(points)])\n"
let scatterTime = best { for entry in CellReader().cells(in: scatterFile) { _ = Session().execute(entry.text) } }
line("  scatter of 1,000,000 points from file text", milliseconds(scatterTime))

let backpropSession = Session()
let backpropCell = "backprop(" + String(repeating: "sin(", count: 1_500) + "x" + String(repeating: ")", count: 1_500) + ", x = 0.5)"
let backpropTime = best { _ = backpropSession.execute(backpropCell) }
line("backprop of a 1,500-level sin chain (the cell)", milliseconds(backpropTime))

// MARK: Plots (the tests check what they draw, not how fast)

var wide = Settings()
wide.width = 200
let plots = Session(settings: wide)
print("\nPlots 200 columns wide, evaluated and drawn; best of \(repetitions)")
for cell in [
    "contour((1 - x)^2 + 100*(y - x^2)^2, x = -2..2, y = -1..3, height = 50)",
    "plot([sin(x), sin(x + 1/3), sin(x + 2/3), sin(x + 1), sin(x + 4/3), sin(x + 5/3), sin(x + 2), sin(x + 7/3), sin(x + 8/3), sin(x + 3)], x = -3..3, height = 50)",
] {
    let time = best { _ = plots.execute(cell).output.map { TextRenderer(settings: plots.settings).render($0) } }
    line("  " + String(cell.prefix(40)) + "…", milliseconds(time))
}

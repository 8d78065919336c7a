import Foundation

/// Adam on Rosenbrock f(x, y) = (1 − x)² + 100(y − x²)² from (−1.2, 1) (lr 0.001 unless given):
/// the reference a benchmark compares the engine against.
///
/// `handWritten` is the loop a person would write for two parameters, with torch's
/// arithmetic; `engine` runs the same steps through `Run` without recording. Both end at
/// the same point, bit for bit.
public enum RosenbrockBenchmark {
    /// The start point (−1.2, 1).
    public static let start = (x: -1.2, y: 1.0)

    /// Rosenbrock as an `Objective`.
    public static let objective = Objective(parameterNames: ["x", "y"]) { p, g in
        let x = p[0], y = p[1]
        g[0] = -2 * (1 - x) - 400 * x * (y - x * x)
        g[1] = 200 * (y - x * x)
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }

    /// `steps` Adam steps written out by hand; returns the final point.
    public static func handWritten(steps: Int, lr: Double = 0.001) -> (x: Double, y: Double) {
        let beta1 = 0.9, beta2 = 0.999, eps = 1e-8
        var x = start.x, y = start.y
        var mx = 0.0, my = 0.0, vx = 0.0, vy = 0.0
        for t in stride(from: 1, through: steps, by: 1) {
            let gx = -2 * (1 - x) - 400 * x * (y - x * x)
            let gy = 200 * (y - x * x)
            mx = mx.addingProduct(1 - beta1, gx - mx)
            my = my.addingProduct(1 - beta1, gy - my)
            vx = (vx * beta2).addingProduct((1 - beta2) * gx, gx)
            vy = (vy * beta2).addingProduct((1 - beta2) * gy, gy)
            let stepSize = lr / (1 - pow(beta1, Double(t)))
            let correction = pow(1 - pow(beta2, Double(t)), 0.5)
            x = x + (-stepSize * mx) / (vx.squareRoot() / correction + eps)
            y = y + (-stepSize * my) / (vy.squareRoot() / correction + eps)
        }
        return (x, y)
    }

    /// The same `steps` through `Run(kind: .adam, …, record: false)`; returns the final point.
    public static func engine(steps: Int, lr: Double = 0.001) throws -> (x: Double, y: Double) {
        var hyperparameters = Hyperparameters(for: .adam)
        hyperparameters.learningRate = lr
        let run = try Run(
            kind: .adam, hyperparameters: hyperparameters, objective: objective, start: [start.x, start.y], steps: steps, tol: 0, record: false)
        return (run.finalPoint[0], run.finalPoint[1])
    }
}

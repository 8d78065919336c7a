import Optimization

/// Objectives shared by the tests, with gradients written in the same operation order as
/// the Python scripts that produced the reference numbers.
enum Objectives {
    /// f(x) = x², f'(x) = 2x.
    static let square = Objective(parameterNames: ["x"]) { p, g in
        g[0] = 2 * p[0]
        return p[0] * p[0]
    }

    /// f(w) = (w − 2)², f'(w) = 2(w − 2).
    static let shiftedSquare = Objective(parameterNames: ["w"]) { p, g in
        g[0] = 2 * (p[0] - 2)
        return (p[0] - 2) * (p[0] - 2)
    }

    /// Rosenbrock f(x, y) = (1 − x)² + 100(y − x²)².
    static let rosenbrock = Objective(parameterNames: ["x", "y"]) { p, g in
        let x = p[0], y = p[1]
        g[0] = -2 * (1 - x) - 400 * x * (y - x * x)
        g[1] = 200 * (y - x * x)
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
    }
}

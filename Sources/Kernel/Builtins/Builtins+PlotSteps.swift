import Language
import Plotting

extension Builtins {
    /// plot's `step = s`: the values a, a + s, a + 2s, … ≤ b of the plotted variable's range
    /// a..b, where each curve is evaluated instead of between them; nil without the option.
    ///
    /// `plot(2 + 3*(1 - 2*0.9)^k, k = 0..20, step = 1)` draws the zig-zag of (−0.8)^k, which
    /// is not a real number between the integers.
    static func plotSteps(_ args: Arguments, variable: String) throws(LanguageError) -> [Double]? {
        guard let option = args.option("step") else { return nil }
        guard let interval = try args.interval(variable) else {
            throw .invalidArgument(function: args.function,
                                   message: "step = … needs a range to step through, as in \(variable) = 0..20, step = 1",
                                   at: option.range)
        }
        let step = try args.number("step", default: 1, in: 1e-300...(.infinity))
        let count = Int(((interval.upper - interval.lower) / step + 1e-9).rounded(.down)) + 1
        guard count <= 100_000 else {
            throw .invalidArgument(function: args.function,
                                   message: "step = \(NumberFormat().string(step)) would make \(count) points; choose a larger step",
                                   at: option.range)
        }
        return (0..<count).map { interval.lower + Double($0) * step }
    }
}

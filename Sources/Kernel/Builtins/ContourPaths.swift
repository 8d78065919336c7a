import Language
import Plotting

/// Paths drawn over a contour plot: optimizer runs over the plot's two variables, or
/// lists of points `[[x0, y0], [x1, y1], …]`.
enum ContourPaths {
    /// The paths of `paths = [...]` on a plot whose axes are the variables `axes`, across then up.
    static func read(_ value: Value, axes: (String, String), function: String, at range: SourceRange)
        throws(LanguageError) -> [ContourPlot.Path]
    {
        guard case .list(let items) = value else {
            throw .invalidArgument(function: function, message: "paths must be a list of runs or of paths, as in paths = [r]", at: range)
        }
        var paths: [ContourPlot.Path] = []
        for (index, item) in items.enumerated() {
            if case .run(let run) = item {
                paths.append(try path(of: run, number: index + 1, axes: axes, function: function, at: range))
                continue
            }
            guard case .list(let points) = item else {
                throw .invalidArgument(function: function, message: "each path must be a run or a list of points [x, y]", at: range)
            }
            var coordinates: [(x: Double, y: Double)] = []
            for point in points {
                guard case .list(let pair) = point, pair.count == 2,
                      let x = Interpreter.expression(of: pair[0]).flatMap({ try? $0.evaluate() }),
                      let y = Interpreter.expression(of: pair[1]).flatMap({ try? $0.evaluate() }) else {
                    throw .invalidArgument(function: function, message: "each point of a path must be [x, y] with numbers", at: range)
                }
                coordinates.append((x, y))
            }
            paths.append(ContourPlot.Path("path \(index + 1)", points: coordinates))
        }
        return paths
    }

    /// A run's path with its coordinates put in the plot's axis order.
    private static func path(of run: OptimizerRun, number: Int, axes: (String, String), function: String,
                             at range: SourceRange) throws(LanguageError) -> ContourPlot.Path
    {
        guard run.parameters.count == 2, let across = run.parameters.firstIndex(of: axes.0),
              let up = run.parameters.firstIndex(of: axes.1) else {
            throw .invalidArgument(function: function,
                                   message: "path \(number) is a run over \(run.parameters.joined(separator: ", ")), but the plot's variables are \(axes.0) and \(axes.1)",
                                   at: range)
        }
        return ContourPlot.Path("path \(number)", points: run.path.map { (x: $0[across], y: $0[up]) })
    }

    /// The box around the paths with a margin, or -2..2 when there are none.
    static func defaultInterval(_ paths: [ContourPlot.Path], axis: Int) -> Interval {
        let values = paths.flatMap { $0.points.map { axis == 0 ? $0.x : $0.y } }.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return Interval(-2, 2) }
        let margin = max((high - low) * 0.25, 0.5)
        return Interval(low - margin, high + margin)
    }
}

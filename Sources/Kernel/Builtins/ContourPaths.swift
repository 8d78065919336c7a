import Language
import Plotting

/// Paths drawn over a contour plot: lists of points `[[x0, y0], [x1, y1], …]`.
enum ContourPaths {
    static func read(_ value: Value, function: String, at range: SourceRange) throws(LanguageError) -> [ContourPlot.Path] {
        guard case .list(let items) = value else {
            throw .invalidArgument(function: function, message: "paths must be a list of paths", at: range)
        }
        var paths: [ContourPlot.Path] = []
        for (index, item) in items.enumerated() {
            guard case .list(let points) = item else {
                throw .invalidArgument(function: function, message: "each path must be a list of points [x, y]", at: range)
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

    /// The box around the paths with a margin, or -2..2 when there are none.
    static func defaultInterval(_ paths: [ContourPlot.Path], axis: Int) -> Interval {
        let values = paths.flatMap { $0.points.map { axis == 0 ? $0.x : $0.y } }.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return Interval(-2, 2) }
        let margin = max((high - low) * 0.25, 0.5)
        return Interval(low - margin, high + margin)
    }
}

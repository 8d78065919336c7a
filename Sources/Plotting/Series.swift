/// One curve or point cloud of a ``LinePlot``, with the name its legend shows.
public struct Series: Sendable {
    /// How points are drawn.
    public enum Style: Sendable, Hashable {
        /// Consecutive points joined by straight segments.
        case line
        /// Each point a marker, unjoined.
        case scatter
    }

    /// Where the values come from.
    enum Source: Sendable {
        /// Sampled over the plot's x range: at least one sample per dot column,
        /// refined near jumps and domain edges.
        case function(@Sendable (Double) -> Double)
        case points(xs: [Double], ys: [Double])
    }

    /// The legend text; an empty name leaves the series out of the legend.
    public var name: String
    public var style: Style
    let source: Source

    /// A function of x, drawn as a line.
    public static func function(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> Series {
        Series(name: name, style: .line, source: .function(f))
    }

    /// Points joined in the given order (a loss curve, an optimizer's history).
    public static func line(_ name: String, points: [(x: Double, y: Double)]) -> Series {
        Series(name: name, points: points, style: .line)
    }

    /// Points drawn as markers (data to fit a line to).
    public static func scatter(_ name: String, points: [(x: Double, y: Double)]) -> Series {
        Series(name: name, points: points, style: .scatter)
    }

    public init(name: String, points: [(x: Double, y: Double)], style: Style) {
        self.init(name: name, style: style, source: .points(xs: points.map(\.x), ys: points.map(\.y)))
    }

    init(name: String, style: Style, source: Source) {
        self.name = name
        self.style = style
        self.source = source
    }

    var function: (@Sendable (Double) -> Double)? {
        if case .function(let f) = source { return f }
        return nil
    }
}

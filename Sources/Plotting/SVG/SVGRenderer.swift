import Foundation

/// Draws plots as standalone SVG documents for notebooks: crisp lines and markers,
/// the same ticks as the terminal's plot (found by the same ``TickSearch`` under the
/// same ``RenderOptions``), a legend and the title.
public struct SVGRenderer: Sendable {
    /// The options the terminal text of the same plot is drawn with; ticks follow them.
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// The SVG of a plot: a line or scatter plot, a contour plot or a bar chart. Nil when
    /// the plot has nothing to draw (no finite values, no bars, an empty range, a width too
    /// narrow for an axis): its terminal text is then the message saying why, and a
    /// notebook shows that text alone rather than an empty frame.
    public func svg(of plot: Plot) -> String? {
        switch plot {
        case .line(let plot): LinePlotSVG(plot: plot, options: options).document()
        case .contour(let plot): ContourPlotSVG(plot: plot, options: options).document()
        case .bars(let chart): BarChartSVG(chart: chart).document()
        }
    }

    /// Line and marker colours, one per series in order (the terminal's palette has as many).
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]

    static func color(_ index: Int) -> String { palette[index % palette.count] }
}

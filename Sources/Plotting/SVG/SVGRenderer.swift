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

    /// The SVG of a line plot, scatter plot, contour plot or bar chart; nil for anything
    /// else, or for a plot that has nothing to draw (its text says why).
    public func svg(of plot: any TextRenderable) -> String? {
        switch plot {
        case let plot as LinePlot: LinePlotSVG(plot: plot, options: options).document()
        case let plot as ContourPlot: ContourPlotSVG(plot: plot, options: options).document()
        case let plot as BarChart: BarChartSVG(chart: plot).document()
        default: nil
        }
    }

    /// Line and marker colours, one per series in order (the terminal's palette has as many).
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]

    static func color(_ index: Int) -> String { palette[index % palette.count] }
}

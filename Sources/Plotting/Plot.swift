/// A drawing as data, one case per kind of plot: what a cell hands to its front end,
/// which paints it as braille or ASCII text on a terminal and as SVG in a notebook.
///
/// The cases hold the plots' values (series, ranges, levels, paths, bars), never text,
/// so every renderer switches over the same closed set and a new kind of plot makes
/// the compiler name each renderer that has to learn it.
public enum Plot: Sendable {
    /// Curves and point clouds over an x range: `plot`, `scatter`, loss curves.
    case line(LinePlot)
    /// A function of two variables as a heat map, with optimizer paths on top.
    case contour(ContourPlot)
    /// Horizontal bars, one per labelled value.
    case bars(BarChart)
}

extension Plot: TextRenderable {
    /// The plot drawn as terminal lines by its kind's text renderer.
    public func render(_ options: RenderOptions) -> [String] {
        switch self {
        case .line(let plot): plot.render(options)
        case .contour(let plot): plot.render(options)
        case .bars(let chart): chart.render(options)
        }
    }

    /// The plot drawn as lines of inked runs; joined without their inks they are
    /// ``render(_:)``'s lines, character for character.
    public func inkedLines(_ options: RenderOptions) -> [InkedLine] {
        switch self {
        case .line(let plot): plot.inkedLines(options)
        case .contour(let plot): plot.inkedLines(options)
        case .bars(let chart): chart.inkedLines(options)
        }
    }
}

/// The single line shown instead of a plot that cannot be drawn, such as
/// `nothing to plot: no finite values in x = -1..1`.
enum PlotMessage {
    static func nothingToPlot(_ reason: String, width: Int) -> [String] {
        ["nothing to plot: \(reason)".truncated(toWidth: max(width, 1))]
    }

    static func tooNarrow(needed: Int, width: Int) -> [String] {
        ["plot needs at least \(needed) columns".truncated(toWidth: max(width, 1))]
    }
}

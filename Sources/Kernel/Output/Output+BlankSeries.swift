import Plotting

extension Output {
    /// The legend names of the plotted series, here or nested in a sequence or list, that
    /// draw nothing because they are not a finite number anywhere on their plot's range.
    public var seriesUndefinedEverywhere: [String] {
        switch self {
        case .plot(.line(let plot)): return plot.seriesUndefinedEverywhere.map(\.name)
        case .sequence(let parts), .list(let parts): return parts.flatMap(\.seriesUndefinedEverywhere)
        default: return []
        }
    }
}

/// The names of a plot's axes (the variables plotted against), for a renderer with room
/// to write them beside the ticks.
public struct AxisTitles: Sendable, Equatable {
    public var x: String?
    public var y: String?

    public init(x: String? = nil, y: String? = nil) {
        self.x = x
        self.y = y
    }
}

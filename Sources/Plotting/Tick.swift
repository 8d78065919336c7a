/// A labelled mark on an axis.
struct Tick: Sendable, Hashable {
    /// The data value marked.
    var value: Double
    /// Its text, formatted consistently with the other ticks of the same axis.
    var label: String
    /// The character cell it marks: a column on the x axis, a row (from the top) on
    /// the y axis.
    var cell: Int
}

/// How a caller wants a plot or table drawn: its size, character set and colours.
///
/// The kernel fills this from the terminal (its width, whether it understands colour)
/// or from a student's settings; every renderable in this module honours it.
public struct RenderOptions: Sendable, Hashable {
    /// Total display columns available; every rendered line is at most this wide.
    public var width: Int
    /// Rows of the plotting area (not counting frame, labels and legend); `nil` picks
    /// a default suited to the plot kind (16 for line plots, 20 for contour plots).
    public var height: Int?
    /// Braille for the screen, ASCII for handouts and plain-text logs.
    public var canvas: CanvasKind
    /// Whether a plot's inked lines carry colours (series, faint axes); without it every run
    /// is plain. The text is the same either way, and never holds an escape code.
    public var color: Bool
    /// Significant digits for numbers in tables.
    public var digits: Int

    public init(
        width: Int = 80,
        height: Int? = nil,
        canvas: CanvasKind = .braille,
        color: Bool = false,
        digits: Int = 12
    ) {
        self.width = width
        self.height = height
        self.canvas = canvas
        self.color = color
        self.digits = digits
    }
}

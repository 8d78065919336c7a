/// What a character of a plot is drawn in: the terminal's own colour, faint, or a series'
/// colour. It names the part, not the colour, so each front end chooses how it looks.
public enum Ink: Sendable, Hashable {
    case plain
    /// Axes through zero, drawn dimmer than the data.
    case faint
    /// The series or optimizer path number `index` (from 0).
    case series(Int)
}

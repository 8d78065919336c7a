/// What a line is drawn with: its colour, its ASCII mark and its dash pattern,
/// plus how far along the pattern the line has come.
struct Pen: Sendable {
    var ink: Ink
    /// The character of an ASCII canvas cell the line passes through.
    var mark: Unicode.Scalar
    var dash: DashPattern = .solid
    /// Dots drawn so far, so dashes continue across segments.
    var progress = 0
}

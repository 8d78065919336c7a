/// The character set a plot is drawn with.
public enum CanvasKind: Sendable, Hashable, CaseIterable {
    /// Unicode braille: each character cell holds 2×4 dots, so curves are smooth.
    case braille
    /// Plain ASCII: one mark per character cell, safe for printed handouts.
    case ascii
}

/// Which dots of a line are inked, so series stay distinguishable without colour.
///
/// Braille cannot vary its marks, so the second, third and fourth series of a plot
/// are drawn dashed, dotted and dash-dotted, with or without colour, so that colour is
/// never the only difference; later ones repeat the cycle.
struct DashPattern: Sendable, Hashable {
    /// Alternating lengths, in dots, of inked and skipped runs; empty means solid.
    let runs: [Int]
    /// A three-column sample of the pattern for the legend.
    let sample: String

    static let solid = DashPattern(runs: [], sample: "───")
    static let dashed = DashPattern(runs: [5, 3], sample: "╌╌╌")
    static let dotted = DashPattern(runs: [1, 2], sample: "┈┈┈")
    static let dashDotted = DashPattern(runs: [5, 2, 1, 2], sample: "─┈─")

    /// The pattern of the series at `index` among several.
    static func cycling(_ index: Int) -> DashPattern {
        [solid, dashed, dotted, dashDotted][index % 4]
    }

    /// Whether the dot at `step` along the line (counted from 0) is inked.
    func isInked(at step: Int) -> Bool {
        guard !runs.isEmpty else { return true }
        var position = step % runs.reduce(0, +)
        for (index, run) in runs.enumerated() {
            if position < run { return index % 2 == 0 }
            position -= run
        }
        return true
    }
}

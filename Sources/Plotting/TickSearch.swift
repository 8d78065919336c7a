import Foundation

/// Chooses the ticks of one axis: nice numbers, well spread, labels that never
/// collide.
///
/// This is a form of the extended Wilkinson search of Talbot, Lin and Hanrahan
/// (2010). Candidate steps are `j·q·10^z` with `q` from `1, 5, 2, 2.5` (in that
/// order of preference) and skip `j` of 1 or 2; each candidate ticks every multiple
/// of its step inside the interval. Candidates are scored
///
///     0.25·simplicity + 0.2·coverage + 0.5·density + 0.05·legibility
///
/// where simplicity prefers early `q`, no skip and a tick at zero; coverage prefers
/// ticks reaching both ends; density prefers a count near the target (one per ~4
/// rows or ~12 columns). Legibility is a hard rule: a candidate whose labels would
/// overlap (or share a row) is rejected. Labels are placed so they are never cut
/// off at the edges of the output.
struct TickSearch {
    /// Which way the axis runs, and what its labels must fit into.
    enum Orientation {
        /// Rows of a y axis, labels in a left margin.
        case vertical
        /// Columns of an x axis, labels centred under their column. `offset` is the
        /// output column of cell 0; labels must stay within `0..<totalWidth`.
        case horizontal(offset: Int, totalWidth: Int)
    }

    let scale: Scale
    let cells: Int
    let dotsPerCell: Int
    let orientation: Orientation

    private static let preferredSteps: [Double] = [1, 5, 2, 2.5]

    /// The best linear ticks, or none when no candidate fits.
    func linearTicks() -> [Tick] {
        linearTicks(over: scale.interval)
    }

    /// Ticks for a logarithmic scale: powers of ten (every one, or every 2nd, 3rd…
    /// when they would crowd), or, when fewer than two powers of ten fall inside,
    /// nice linear values placed logarithmically.
    func logarithmicTicks() -> [Tick] {
        let low = log10(scale.interval.lower)
        let high = log10(scale.interval.upper)
        let first = Int((low - 1e-9).rounded(.up))
        let last = Int((high + 1e-9).rounded(.down))
        guard last - first >= 1 else { return linearTicks(over: scale.interval) }
        for stride in [1, 2, 3, 4, 5, 10, 20, 50, 100] {
            let exponents = (first...last).filter { $0 % stride == 0 }
            guard exponents.count >= 2 || stride == 100 else { continue }
            let labels = TickLabels.powerLabels(for: exponents)
            let ticks = zip(exponents, labels).compactMap { exponent, label in
                let value = pow(10, Double(exponent))
                return cell(of: value).map { Tick(value: value, label: label, cell: $0) }
            }
            if isLegible(ticks) { return ticks }
        }
        return []
    }

    private func linearTicks(over interval: Interval) -> [Tick] {
        let halfSpan = interval.halfWidth
        guard halfSpan > 0, halfSpan.isFinite else { return [] }
        let magnitude = Int(floor(log10(halfSpan) + log10(2.0)))
        let target = Double(targetCount)
        var best: (score: Double, ticks: [Tick])?
        for exponent in (magnitude - 2)...magnitude {
            for (rank, q) in Self.preferredSteps.enumerated() {
                for skip in 1...2 {
                    let step = Double(skip) * q * pow(10, Double(exponent))
                    guard step.isFinite, step > 0 else { continue }
                    let first = (interval.lower / step - 1e-9).rounded(.up)
                    let last = (interval.upper / step + 1e-9).rounded(.down)
                    let count = last - first + 1
                    guard count >= 1, count <= Double(min(cells, 40)) else { continue }
                    let values = (0..<Int(count)).map { index -> Double in
                        let value = (first + Double(index)) * step
                        return abs(value) < step * 1e-9 ? 0 : value
                    }
                    let labels = TickLabels.labels(for: values, step: step)
                    let ticks = zip(values, labels).compactMap { value, label in
                        cell(of: value).map { Tick(value: value, label: label, cell: $0) }
                    }
                    guard ticks.count == values.count, isLegible(ticks) else { continue }
                    let simplicity =
                        1 - Double(rank) / Double(Self.preferredSteps.count - 1)
                        - Double(skip) + (values.contains(0) ? 1 : 0)
                    let upperGap = (interval.upper / 2 - values.last! / 2) / halfSpan
                    let lowerGap = (values.first! / 2 - interval.lower / 2) / halfSpan
                    let coverage = 1 - 0.5 * (upperGap * upperGap + lowerGap * lowerGap) / 0.01
                    let density = 2 - max(count / target, target / count)
                    let score = 0.25 * simplicity + 0.2 * coverage + 0.5 * density + 0.05
                    if best == nil || score > best!.score {
                        best = (score, ticks)
                    }
                }
            }
        }
        return best?.ticks ?? []
    }

    /// One label per ~4 rows on a y axis, per ~12 columns on an x axis.
    private var targetCount: Int {
        switch orientation {
        case .vertical: max(2, cells / 4 + 1)
        case .horizontal: max(2, cells / 12 + 1)
        }
    }

    private func cell(of value: Double) -> Int? {
        guard let cell = scale.cell(value, cells: cells, dotsPerCell: dotsPerCell) else { return nil }
        switch orientation {
        case .vertical: return cells - 1 - cell
        case .horizontal: return cell
        }
    }

    private func isLegible(_ ticks: [Tick]) -> Bool {
        guard !ticks.isEmpty else { return false }
        switch orientation {
        case .vertical:
            let rows = ticks.map(\.cell).sorted()
            let gap = cells >= 6 ? 2 : 1
            return zip(rows, rows.dropFirst()).allSatisfy { $1 - $0 >= gap }
        case .horizontal(let offset, let totalWidth):
            let spans = ticks.map { Self.labelStart($0, offset: offset, totalWidth: totalWidth) }
            for (left, right) in zip(zip(spans, ticks), zip(spans, ticks).dropFirst()) {
                if left.0 + left.1.label.count + 2 > right.0 { return false }
            }
            return spans.allSatisfy { $0 >= 0 }
        }
    }

    /// The output column where an x tick's label starts: centred under its cell,
    /// moved inward if it would be cut off at either edge.
    static func labelStart(_ tick: Tick, offset: Int, totalWidth: Int) -> Int {
        let width = tick.label.count
        let centred = offset + tick.cell - width / 2
        return max(0, min(centred, totalWidth - width))
    }
}

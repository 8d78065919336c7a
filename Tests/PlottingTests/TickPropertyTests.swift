import Foundation
import Testing

@testable import Plotting

@Suite("Tick properties")
struct TickPropertyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var lower: Double
        var upper: Double
        var testDescription: String { "\(lower)..\(upper)" }
    }

    static let ranges: [Case] = [
        Case(lower: -1, upper: 1), Case(lower: 0, upper: 7.3), Case(lower: -0.003, upper: 0.017),
        Case(lower: 123.4, upper: 125.1), Case(lower: -6, upper: 6), Case(lower: 0, upper: 1e6),
        Case(lower: 1e300, upper: 2e300), Case(lower: -1e-12, upper: 1e-12), Case(lower: 1, upper: 1 + 1e-12),
        Case(lower: -0.7, upper: 0.05), Case(lower: 2.5e-7, upper: 9e-7), Case(lower: -1234, upper: -1200),
    ]

    private func ticks(_ range: Case, horizontal: Bool) -> [Tick] {
        let scale = Scale(Interval(range.lower, range.upper))
        let orientation: TickSearch.Orientation = horizontal ? .horizontal(offset: 6, totalWidth: 72) : .vertical
        return TickSearch(scale: scale, cells: horizontal ? 64 : 16, dotsPerCell: horizontal ? 2 : 4, orientation: orientation)
            .linearTicks()
    }

    @Test("ticks are nice multiples q·10^k inside the range", arguments: ranges)
    func niceAndInside(range: Case) {
        for horizontal in [true, false] {
            let ticks = ticks(range, horizontal: horizontal)
            #expect(ticks.count >= 2, "too few ticks: \(ticks.map(\.label))")
            let slack = (range.upper - range.lower) * 1e-9
            for tick in ticks { #expect(tick.value >= range.lower - slack && tick.value <= range.upper + slack) }
            let steps = zip(ticks, ticks.dropFirst()).map { $1.value - $0.value }
            guard let measured = steps.first else { continue }
            // Tick values are doubles: near 1 with a 1e-13 step they carry rounding of a few ulps.
            let roundoff = 8 * max(abs(range.lower), abs(range.upper)).ulp
            for other in steps { #expect(abs(other - measured) <= measured * 1e-6 + roundoff) }
            let power = pow(10, floor(log10(measured)))
            let q = [1, 2, 2.5, 5, 10].first { abs(measured / power - $0) <= 1e-6 + roundoff / power }
            #expect(q != nil, "step \(measured) is not q·10^k")
            let step = (q ?? 1) * power
            for tick in ticks {
                let multiple = tick.value / step
                #expect(abs(multiple - multiple.rounded()) <= 1e-6 + roundoff / step, "\(tick.value) is not a multiple of \(step)")
            }
        }
    }

    @Test("labels never read -0 and share their number of decimals", arguments: ranges)
    func labelsReadWell(range: Case) {
        for horizontal in [true, false] {
            let labels = ticks(range, horizontal: horizontal).map(\.label)
            for label in labels {
                #expect(!(label.hasPrefix("-") && label.dropFirst().allSatisfy { "0.".contains($0) }), "\(label)")
            }
            let fixed = labels.filter { !$0.contains("e") }
            if fixed.count == labels.count {
                let decimals = Set(fixed.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 })
                #expect(decimals.count == 1, "\(labels)")
            } else {
                let mantissas = labels.filter { $0 != "0" }.map { $0.split(separator: "e")[0] }
                let decimals = Set(mantissas.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 })
                #expect(decimals.count == 1, "\(labels)")
            }
        }
    }

    @Test("x labels neither overlap nor run off either edge", arguments: ranges)
    func xLabelsFit(range: Case) {
        let ticks = ticks(range, horizontal: true)
        let starts = ticks.map { TickSearch.labelStart($0, offset: 6, totalWidth: 72) }
        for (start, tick) in zip(starts, ticks) { #expect(start >= 0 && start + tick.label.count <= 72) }
        for index in starts.indices.dropLast() {
            #expect(starts[index] + ticks[index].label.count < starts[index + 1])
        }
    }

    @Test("numbers are written without -0", arguments: [-0.0, -1e-20, -0.004])
    func noNegativeZero(value: Double) {
        #expect(NumberText.fixed(value, decimals: 2) == "0.00")
        #expect(!NumberText.significant(-0.0, digits: 12).hasPrefix("-"))
        #expect(NumberText.shortest(-0.0) == "0")
    }
}


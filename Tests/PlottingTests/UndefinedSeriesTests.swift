import Foundation
import Testing
import Plotting

/// A plot knows which of its series draw nothing.
@Suite struct UndefinedSeriesTests {
    @Test func aFunctionDefinedOnlyAtIntegersDrawsNothing() {
        let zigzag = Series.function("zigzag") { k in pow(-0.8, k) }
        let plot = LinePlot([zigzag, .function("decay") { k in pow(0.8, k) }], x: Interval(0, 20))
        #expect(plot.seriesUndefinedEverywhere.map(\.name) == ["zigzag"])
    }

    @Test func sampledAtIntegersTheSameFunctionIsDefined() {
        let zigzag = Series.function("zigzag") { k in pow(-0.8, k) }.sampled(at: (0...20).map(Double.init))
        let plot = LinePlot([zigzag], x: Interval(0, 20))
        #expect(plot.seriesUndefinedEverywhere.isEmpty)
    }

    @Test func aFunctionDefinedOnPartOfTheRangeIsDrawn() {
        let plot = LinePlot([.function("root") { x in x.squareRoot() }], x: Interval(-3, 0.01))
        #expect(plot.seriesUndefinedEverywhere.isEmpty)
    }

    @Test func pointsThatAreAllNanDrawNothing() {
        let plot = LinePlot([.line("nan", points: [(0, .nan), (1, .infinity)]), .line("ok", points: [(0, .nan), (1, 2)])])
        #expect(plot.seriesUndefinedEverywhere.map(\.name) == ["nan"])
    }
}

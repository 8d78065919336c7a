import Testing
@testable import Terminal

@Suite struct ProgressLineTests {
    @Test func theLineShowsStepsDoneOfHowManyAndTheRate() {
        let line = ProgressLine(label: "sgd", done: 1_200_000, total: 100_000_000, elapsed: 2)
        #expect(line.text(width: 100) == "sgd  1,200,000 of 100,000,000 steps  1%  600,000 steps/s  (Ctrl-C stops)")
    }

    @Test func theLineFitsTheTerminalLeavingTheLastColumnFree() {
        let line = ProgressLine(label: "adam", done: 5, total: 10, elapsed: 1)
        #expect(line.text(width: 20) == "adam  5 of 10 steps")
        #expect(line.text(width: 20).count == 19)
    }

    @Test func anUnknownTotalShowsTheStepsAlone() {
        #expect(ProgressLine(label: "", done: 999, total: 0, elapsed: 0).text(width: 80) == "working  999 steps  (Ctrl-C stops)")
    }
}

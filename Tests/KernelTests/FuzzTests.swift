import Foundation
import Fuzzing
import Testing
@testable import Kernel
import Language

/// Thousands of mutated and random cells: none crashes the process, every failure is an
/// `error:` with columns inside the cell, and none does more work than a cell may.
@Suite struct FuzzTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(arguments: [1, 2, 3] as [UInt64])
    func mutatedCellsFailOnlyWithAPositionedError(seed: UInt64) {
        var mutator = CellMutator(seed: seed, corpus: FuzzCorpus.load(root: FuzzTests.packageRoot))
        let session = FuzzSession()
        var findings: [String] = []
        for _ in 0..<1_000 {
            if let finding = session.run(mutator.next()) { findings.append(finding.description) }
        }
        #expect(findings == [])
    }

    @Test func theCorpusHoldsTheCellsOfTheReadmeAndTheLessons() {
        let corpus = FuzzCorpus.load(root: FuzzTests.packageRoot)
        #expect(corpus.count > FuzzCorpus.seeds.count + 50)
        #expect(corpus.contains("diff(f(x), x)"))
    }

    @Test func theSameSeedMakesTheSameCells() {
        var first = CellMutator(seed: 7, corpus: FuzzCorpus.seeds)
        var second = CellMutator(seed: 7, corpus: FuzzCorpus.seeds)
        #expect((0..<50).map { _ in first.next() } == (0..<50).map { _ in second.next() })
    }

    @Test(arguments: [
        ("1 +", nil as String?),
        ("adam(x^2, x = 1, steps = 10000000)", nil),
    ])
    func theChecksPassWhatIsRight(cell: String, finding: String?) {
        #expect(FuzzSession().run(cell)?.description == finding)
    }

    @Test func anOptimizerPastTheStepBudgetIsInterrupted() {
        let session = FuzzSession()
        #expect(session.run("sgd(x^2 + 1, x = 1, lr = 0.000001, steps = 10000000)") == nil)
        let shown = session.lastOutput.map { TextRenderer(settings: Settings()).render($0) } ?? ""
        #expect(shown.contains("interrupted at step"))
    }
}

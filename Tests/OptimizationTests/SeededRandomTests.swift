import Testing
import Optimization

@Suite struct SeededRandomTests {
    /// Reference stream from an independent Python implementation of SplitMix64 + xoshiro256**.
    @Test func streamMatchesTheReferenceImplementation() {
        var random = SeededRandom(seed: 42)
        #expect((0..<4).map { _ in random.next() } == [
            1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009, 17_057_574_109_182_124_193,
        ])
    }

    @Test func sameSeedSameShuffleOtherSeedOtherShuffle() {
        func shuffled(_ seed: UInt64) -> [Int] {
            var random = SeededRandom(seed: seed)
            var values = Array(0..<20)
            random.shuffle(&values)
            return values
        }
        #expect(shuffled(7) == shuffled(7))
        #expect(shuffled(7) != shuffled(8))
        #expect(shuffled(7).sorted() == Array(0..<20))
    }

    @Test func uniformsAndIndicesStayInRange() {
        var random = SeededRandom(seed: 1)
        for _ in 0..<10_000 {
            let u = random.uniform()
            #expect(u >= 0 && u < 1)
            let i = random.index(below: 3)
            #expect((0..<3).contains(i))
        }
    }

    @Test func normalsHaveUnitVariance() {
        var random = SeededRandom(seed: 3)
        let samples = (0..<100_000).map { _ in random.normal() }
        let mean = samples.reduce(0, +) / Double(samples.count)
        let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(samples.count)
        #expect(abs(mean) < 0.02)
        #expect(abs(variance - 1) < 0.02)
    }
}

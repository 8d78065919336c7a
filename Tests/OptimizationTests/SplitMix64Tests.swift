import Optimization
import Testing

@Suite struct SplitMix64Tests {
    /// The reference outputs for seed 0 from Vigna's `splitmix64.c`.
    @Test func seedZeroGivesThePublishedStream() {
        var generator = SplitMix64(seed: 0)
        #expect(
            [generator.next(), generator.next(), generator.next()]
                == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test(arguments: [0, 1, 42, UInt64.max])
    func uniformsLieInTheUnitInterval(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        for _ in 0..<1000 {
            #expect((0..<1).contains(generator.uniform()))
        }
    }
}

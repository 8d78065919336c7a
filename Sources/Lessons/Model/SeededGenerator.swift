import Optimization

/// The exercises' random source: ``SplitMix64`` seeded from the student and the purpose,
/// so a student sees the same constants and sample points on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var source: SplitMix64

    public init(seed: UInt64) {
        source = SplitMix64(seed: seed)
    }

    /// A generator for one purpose, such as one exercise of one lesson for one student.
    public init(seed: UInt64, purpose: String) {
        source = SplitMix64(seed: seed ^ SeededGenerator.stableHash(purpose))
    }

    public mutating func next() -> UInt64 {
        source.next()
    }

    /// A uniform double in `range`.
    public mutating func uniform(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + source.uniform() * (range.upperBound - range.lowerBound)
    }

    /// FNV-1a of the UTF-8 bytes: unlike `Hasher`, the same in every process.
    /// A student's name becomes their seed this way.
    public static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a 64-bit counter stepped by the golden ratio and
/// scrambled, so every seed gives a well-mixed stream that is the same on every platform.
///
/// ```
/// state += 0x9E3779B97F4A7C15
/// z = state;  z = (z ^ z >> 30) · 0xBF58476D1CE4E5B9;  z = (z ^ z >> 27) · 0x94D049BB133111EB
/// next() = z ^ z >> 31
/// ```
///
/// Small and fast, it seeds ``SeededRandom``'s larger state and draws exercise constants and test data.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) with 53 random bits: `(next() >> 11) · 2⁻⁵³`.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}

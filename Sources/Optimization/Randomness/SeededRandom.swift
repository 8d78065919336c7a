import Foundation

/// A seeded, platform-independent random source: xoshiro256** seeded through SplitMix64.
///
/// The same seed gives the same integers on every platform and Swift version; the
/// distributions below are defined here, not by the standard library:
///
/// ```
/// state         s₀…s₃ = four successive SplitMix64 outputs from `seed`
/// next()        rotl(s₁·5, 7)·9, then the xoshiro256 state transition
/// uniform()     (next() >> 11) · 2⁻⁵³                 in [0, 1)
/// index(below: n)  Lemire's multiply-shift with rejection, unbiased in 0 ..< n
/// normal()      Box–Muller: r = √(−2 ln(1 − u₁)), z₀ = r cos 2πu₂, z₁ = r sin 2πu₂
/// shuffle       Fisher–Yates from the last element down, j = index(below: i + 1)
/// ```
///
/// `normal()` goes through `log`, `cos` and `sin`, which may differ in the last bit between
/// C libraries; the integers, uniforms and shuffles never do.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64
    private var spareNormal: Double?

    /// A generator whose whole stream is determined by `seed`.
    public init(seed: UInt64) {
        var seeds = SplitMix64(seed: seed)
        s0 = seeds.next()
        s1 = seeds.next()
        s2 = seeds.next()
        s3 = seeds.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform integer in 0 ..< `bound` (Lemire's method, no modulo bias).
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0)
        let n = UInt64(bound)
        var (high, low) = n.multipliedFullWidth(by: next())
        if low < n {
            let threshold = (0 &- n) % n
            while low < threshold {
                (high, low) = n.multipliedFullWidth(by: next())
            }
        }
        return Int(high)
    }

    /// A standard normal sample; Box–Muller makes them in pairs and the second is kept for the next call.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let u1 = 1 - uniform()
        let u2 = uniform()
        let r = (-2 * log(u1)).squareRoot()
        spareNormal = r * sin(2 * Double.pi * u2)
        return r * cos(2 * Double.pi * u2)
    }

    /// Shuffles `elements` in place (Fisher–Yates).
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for i in stride(from: elements.count - 1, through: 1, by: -1) {
            elements.swapAt(i, index(below: i + 1))
        }
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}

/// A bounded, shape-preserving summary of a loss curve of any length, for drawing it.
///
/// The steps are split into at most ``bucketLimit`` equal buckets; each keeps its lowest and
/// highest value and the steps where they occurred. While the run is short every bucket holds
/// one step, so the curve is exact; when the buckets fill, neighbours merge pairwise and the
/// width doubles. Drawn through each bucket's low and high in step order, the curve of a
/// 100,000,000-step run has the shape of the full one at any plot width up to the bucket count.
public struct LossEnvelope: Sendable {
    /// The most buckets kept.
    public static let bucketLimit = 1024

    /// Steps per bucket, a power of two.
    public var bucketWidth: Int { 1 << widthShift }
    private var widthShift = 0
    /// Values appended.
    public private(set) var count = 0

    private struct Bucket: Sendable {
        var low: Double
        var lowStep: Int
        var high: Double
        var highStep: Int

        init(_ value: Double, at step: Int) {
            (low, lowStep, high, highStep) = (value, step, value, step)
        }

        mutating func include(_ value: Double, at step: Int) {
            if value < low || low.isNaN { (low, lowStep) = (value, step) }
            if value > high || high.isNaN { (high, highStep) = (value, step) }
        }

        mutating func merge(_ other: Bucket) {
            include(other.low, at: other.lowStep)
            include(other.high, at: other.highStep)
        }
    }

    /// Completed buckets; the one being filled is `current`.
    private var buckets: [Bucket] = []
    private var current = Bucket(.nan, at: 0)
    private var currentIndex = -1

    public init() {
        buckets.reserveCapacity(LossEnvelope.bucketLimit)
    }

    /// Adds the value at the next step.
    @inline(__always)
    public mutating func append(_ value: Double) {
        if count >> widthShift == currentIndex {
            current.include(value, at: count)
        } else {
            startBucket(value)
        }
        count += 1
    }

    private mutating func startBucket(_ value: Double) {
        if currentIndex >= 0 { buckets.append(current) }
        if buckets.count == LossEnvelope.bucketLimit { mergePairs() }
        currentIndex = count >> widthShift
        current = Bucket(value, at: count)
    }

    private mutating func mergePairs() {
        var merged: [Bucket] = []
        merged.reserveCapacity(LossEnvelope.bucketLimit)
        for pair in stride(from: 0, to: buckets.count, by: 2) {
            var bucket = buckets[pair]
            if pair + 1 < buckets.count { bucket.merge(buckets[pair + 1]) }
            merged.append(bucket)
        }
        buckets = merged
        widthShift += 1
    }

    /// The points to draw, in step order: every step while the run fits the buckets,
    /// otherwise each bucket's low and high at the steps where they occurred.
    public var points: [(x: Double, y: Double)] {
        var points: [(x: Double, y: Double)] = []
        points.reserveCapacity(2 * buckets.count)
        for bucket in buckets + (currentIndex >= 0 ? [current] : []) {
            if bucket.lowStep == bucket.highStep {
                points.append((Double(bucket.lowStep), bucket.low))
            } else if bucket.lowStep < bucket.highStep {
                points.append((Double(bucket.lowStep), bucket.low))
                points.append((Double(bucket.highStep), bucket.high))
            } else {
                points.append((Double(bucket.highStep), bucket.high))
                points.append((Double(bucket.lowStep), bucket.low))
            }
        }
        return points
    }
}

import Testing
@testable import Optimization

/// The loss curve of a run of any length, kept in a bounded number of buckets.
@Suite struct LossEnvelopeTests {
    @Test func aShortCurveIsKeptExactly() {
        var envelope = LossEnvelope()
        let values = (0..<500).map { 1 / Double($0 + 1) }
        values.forEach { envelope.append($0) }
        #expect(envelope.points.map(\.y) == values)
        #expect(envelope.points.map(\.x) == (0..<500).map(Double.init))
    }

    @Test(arguments: [10_000, 1_000_000])
    func aLongCurveKeepsEveryBucketsLowestAndHighestValue(_ count: Int) {
        var envelope = LossEnvelope()
        // A decreasing curve with a spike at a step no even sample would land on.
        let spike = count / 3 + 1
        for step in 0..<count { envelope.append(step == spike ? 1000 : 1 / Double(step + 1)) }
        let points = envelope.points
        #expect(points.count <= 2 * LossEnvelope.bucketLimit)
        #expect(points.contains { $0.x == Double(spike) && $0.y == 1000 })
        #expect(points.first?.y == 1)
        #expect(points.last?.y == 1 / Double(count))
        #expect(zip(points, points.dropFirst()).allSatisfy { $0.x <= $1.x })
    }
}

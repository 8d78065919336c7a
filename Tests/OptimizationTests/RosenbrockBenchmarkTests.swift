import Testing
import Optimization

@Suite struct RosenbrockBenchmarkTests {
    @Test func handWrittenAndEngineEndAtTheSamePoint() throws {
        let hand = RosenbrockBenchmark.handWritten(steps: 5000)
        let engine = try RosenbrockBenchmark.engine(steps: 5000)
        #expect(hand == engine)
        #expect(hand != RosenbrockBenchmark.start)
    }
}

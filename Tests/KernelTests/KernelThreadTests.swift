import Foundation
import Kernel
import Testing

@Suite struct KernelThreadTests {
    @Test func everyCellOfASessionRunsOnTheSameLongLivedThread() {
        let session = Session()
        let first = session.perform { UInt(bitPattern: Int(bitPattern: pthread_self())) }
        _ = session.execute("a = 1")
        _ = session.execute("diff(sin(x), x)")
        let later = session.perform { UInt(bitPattern: Int(bitPattern: pthread_self())) }
        #expect(first == later)
        #expect(first != UInt(bitPattern: Int(bitPattern: pthread_self())))
    }

    @Test func workOnTheKernelThreadMayRunCellsWithoutWaitingForItself() {
        let session = Session()
        let result = session.perform { () -> String? in
            #expect(session.thread.isCurrent)
            let result = session.execute("2 + 3")
            return result.output.map { TextRenderer(settings: session.settings).render($0) }
        }
        #expect(result == "5")
        #expect(!session.thread.isCurrent)
    }

    @Test func cellsHandedFromManyThreadsRunOneAtATimeAndAreNumberedOnce() async {
        let session = Session()
        _ = session.execute("n = 0")
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { _ = session.execute("1 + 1") }
            }
        }
        #expect(session.executionCount == 9)
    }

    @Test func aDeeplyNestedCellRunsOnTheKernelThreadsLargeStack() {
        let depth = 9_000
        let cell = String(repeating: "(", count: depth) + "x + 1" + String(repeating: ")", count: depth)
        let result = Session().execute(cell)
        #expect(!result.failed)
    }
}

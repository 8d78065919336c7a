import DescentTestSupport
import Testing

@Suite struct ChildProcessTests {
    /// 256 KiB on standard error (four times a Linux pipe's buffer) before anything on standard
    /// output: reading standard output to its end first would wait forever.
    @Test func aFullStandardErrorPipeDoesNotStallTheChild() throws {
        let result = try ChildProcess.run(
            "/bin/sh", ["-c", "head -c 262144 /dev/zero >&2; echo done"], environment: [:], timeout: 60)
        #expect(result.status == 0)
        #expect(result.standardOutput == "done\n")
        #expect(result.standardError.count == 262_144)
    }

    @Test func inputReachesTheChildAndBothStreamsComeBack() throws {
        let result = try ChildProcess.run(
            "/bin/sh", ["-c", "cat; echo oops >&2; exit 3"], input: "hello\n", environment: [:])
        #expect(result.status == 3)
        #expect(result.standardOutput == "hello\n")
        #expect(result.standardError == "oops\n")
    }

    @Test func aChildThatNeverEndsIsKilledAtItsTimeout() {
        #expect(throws: ChildProcess.Timeout.self) {
            try ChildProcess.run("/bin/sh", ["-c", "echo started; exec sleep 600"], environment: [:], timeout: 1)
        }
    }
}

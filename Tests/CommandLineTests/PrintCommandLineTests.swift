import Testing

@Suite struct PrintCommandLineTests {
    @Test func printIsAPlainLineOnStandardOutput() throws {
        let result = try DescentProcess.run(["-e", "print(\"slope\", diff(x^2, x))", "-e", "1 + 1"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "slope 2x\n2\n")
    }
}

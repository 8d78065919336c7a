import Foundation

/// Runs a program to its end over pipes: standard input written, standard output and
/// standard error read at the same time (so neither pipe can fill and stall the program),
/// and the program killed if it runs past a timeout.
public enum ChildProcess {
    /// How a program ended and what it wrote.
    public struct Result: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The program outlived its timeout and was killed; what it wrote until then.
    public struct Timeout: Error, CustomStringConvertible {
        public var command: [String]
        public var seconds: Double
        public var standardOutput: String
        public var standardError: String
        public var description: String {
            "\(command.joined(separator: " ")) was still running after \(seconds) s and was killed;\n"
                + "standard output:\n\(standardOutput)\nstandard error:\n\(standardError)"
        }
    }

    /// Runs `executable` with `arguments` and `environment`, writing `input` to its standard input.
    /// With `mergingStandardError`, standard error goes to the same pipe as standard output (in the
    /// order written) and the result's `standardError` is empty.
    public static func run(
        _ executable: String, _ arguments: [String], input: String = "", environment: [String: String],
        mergingStandardError: Bool = false, timeout: Double = 120
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = mergingStandardError ? stdout : stderr
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        let group = DispatchGroup()
        let output = Collected(), errors = Collected()
        collect(stdout.fileHandleForReading, into: output, group: group)
        if !mergingStandardError { collect(stderr.fileHandleForReading, into: errors, group: group) }
        DispatchQueue.global().async(group: group) {
            let writer = stdin.fileHandleForWriting
            try? writer.write(contentsOf: Data(input.utf8))
            try? writer.close()
        }
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
            group.wait()
            throw Timeout(
                command: [executable] + arguments, seconds: timeout,
                standardOutput: output.text, standardError: errors.text)
        }
        group.wait()
        return Result(status: process.terminationStatus, standardOutput: output.text, standardError: errors.text)
    }

    private static func collect(_ handle: FileHandle, into collected: Collected, group: DispatchGroup) {
        DispatchQueue.global().async(group: group) {
            collected.data = (try? handle.readToEnd()) ?? Data()
        }
    }

    /// Bytes read on one thread and handed over after the group's wait.
    private final class Collected: @unchecked Sendable {
        var data = Data()
        var text: String { String(decoding: data, as: UTF8.self) }
    }
}

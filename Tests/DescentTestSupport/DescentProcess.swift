import Foundation

/// Runs the built `descent` binary as a student would, over pipes, capturing what it prints.
///
/// The child gets a home and data folder of its own and none of the caller's colour or
/// lesson-folder settings, so the user's files and environment never change a result.
public enum DescentProcess {
    /// Runs `descent` (or `executable`) with `arguments`; `environment` adds variables (an empty value removes one).
    public static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:],
        mergingStandardError: Bool = false, timeout: Double = 120, executable: URL? = nil
    ) throws -> ChildProcess.Result {
        try ChildProcess.run(
            try executable?.path ?? DescentExecutable.path(), arguments, input: input, environment: childEnvironment(environment),
            mergingStandardError: mergingStandardError, timeout: timeout)
    }

    /// The caller's environment without what changes descent's output, plus `extra`.
    static func childEnvironment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["NO_COLOR", "FORCE_COLOR", "DESCENT_LESSONS", "COLUMNS"] { environment[name] = nil }
        let temporary = FileManager.default.temporaryDirectory
        environment["HOME"] = temporary.path
        environment["XDG_DATA_HOME"] = temporary.appendingPathComponent("descent-cli-tests").path
        environment.merge(extra) { $1 }
        return environment.filter { !$0.value.isEmpty }
    }

    /// A temporary file with `contents`, removed by the caller.
    public static func temporaryFile(_ contents: String, suffix: String = ".txt") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-\(UUID().uuidString)\(suffix)")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

import Foundation

/// The kernelspec folder Jupyter finds Descent by: `kernel.json` with the command that
/// starts this binary as a kernel, and the launcher logos.
public struct KernelSpec: Sendable {
    /// Where to install, as `jupyter kernelspec install` names it.
    public enum Location: Sendable, Equatable {
        /// The user's Jupyter data folder (`$JUPYTER_DATA_DIR`, else `~/.local/share/jupyter`, `~/Library/Jupyter` on macOS).
        case user
        /// The running Python environment's `share/jupyter` (`$VIRTUAL_ENV`, `$CONDA_PREFIX`, else `python3`'s `sys.prefix`).
        case sysPrefix
        /// `DIR/share/jupyter`.
        case prefix(String)
    }

    public static let name = "descent"
    /// The absolute path of the `descent` binary the spec starts.
    public var executable: String

    public init(executable: String) {
        self.executable = executable
    }

    public var json: JSONValue {
        [
            "argv": [.string(executable), "kernel", "-f", "{connection_file}"],
            "display_name": "Descent",
            "language": "descent",
            "interrupt_mode": "signal",
            "metadata": [:],
        ]
    }

    /// The folder `kernels/descent` under the location's Jupyter data folder.
    public static func directory(for location: Location, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(KernelSpecError) -> URL {
        let data: URL
        switch location {
        case .user:
            if let custom = environment["JUPYTER_DATA_DIR"], !custom.isEmpty {
                data = URL(fileURLWithPath: custom)
            } else {
                let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
                #if os(macOS)
                data = home.appendingPathComponent("Library/Jupyter")
                #else
                let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
                    ?? home.appendingPathComponent(".local/share")
                data = base.appendingPathComponent("jupyter")
                #endif
            }
        case .sysPrefix:
            guard let prefix = environment["VIRTUAL_ENV"] ?? environment["CONDA_PREFIX"] ?? pythonPrefix() else {
                throw .noPythonPrefix
            }
            data = URL(fileURLWithPath: prefix).appendingPathComponent("share/jupyter")
        case .prefix(let directory):
            data = URL(fileURLWithPath: directory).appendingPathComponent("share/jupyter")
        }
        return data.appendingPathComponent("kernels").appendingPathComponent(name)
    }

    /// Writes `kernel.json` and the logos into `directory`, replacing an earlier install.
    public func install(into directory: URL) throws(KernelSpecError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var text = String(decoding: json.data, as: UTF8.self)
            text += "\n"
            try Data(text.utf8).write(to: directory.appendingPathComponent("kernel.json"))
            try KernelLogo.png(size: 32).write(to: directory.appendingPathComponent("logo-32x32.png"))
            try KernelLogo.png(size: 64).write(to: directory.appendingPathComponent("logo-64x64.png"))
        } catch {
            throw .cannotWrite(directory.path, reason: error.localizedDescription)
        }
    }

    /// Removes an installed spec; returns false when there was none.
    public static func remove(from directory: URL) throws(KernelSpecError) -> Bool {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("kernel.json").path) else { return false }
        do {
            try FileManager.default.removeItem(at: directory)
        } catch {
            throw .cannotWrite(directory.path, reason: error.localizedDescription)
        }
        return true
    }

    private static func pythonPrefix() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; print(sys.prefix)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let prefix = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && !prefix.isEmpty ? prefix : nil
    }
}

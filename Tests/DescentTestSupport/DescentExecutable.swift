import Foundation

/// The `descent` binary that `swift build` put beside the test bundle.
///
/// Test targets that launch it depend on the `descent` target, so the binary found here is
/// always the one built from the sources under test, never a stale one.
public enum DescentExecutable {
    /// The path of the built binary, or an error naming the folders searched.
    public static func path() throws -> String {
        if let found = located { return found }
        throw NotFound(searched: candidateFolders.map(\.path))
    }

    /// The executable could not be found next to the test bundle.
    public struct NotFound: Error, CustomStringConvertible {
        public var searched: [String]
        public var description: String {
            "the descent executable is not in any of \(searched); build it with `swift build --build-tests`"
        }
    }

    private static let located: String? =
        candidateFolders
        .map { $0.appendingPathComponent("descent").path }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The build folder holds the test bundle: on Linux it is the running executable; on macOS an
    /// `.xctest` bundle whose executable sits in `Contents/MacOS`, so its parents are searched too.
    private static var candidateFolders: [URL] {
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0])]
        if let running = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: running))
        }
        starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
        var folders: [URL] = []
        for start in starts {
            var folder = start.deletingLastPathComponent()
            for _ in 0..<4 {
                folders.append(folder)
                folder = folder.deletingLastPathComponent()
            }
        }
        return folders
    }
}

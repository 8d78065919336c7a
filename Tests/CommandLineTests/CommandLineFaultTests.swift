import Foundation
import Testing

/// Bad paths, bad bytes and broken output: each is a clear error with a non-zero status, and
/// the files the user names are written into, never replaced by something else.
@Suite struct CommandLineFaultTests {
    /// Runs `descent ARGUMENTS` from a shell with `redirection` (such as `> /dev/full`).
    static func shell(_ arguments: [String], redirection: String) throws -> ChildProcess.Result {
        let quoted = ([try DescentExecutable.path()] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try DescentProcess.run(["-c", "exec " + quoted.joined(separator: " ") + " " + redirection],
                                      executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @Test(arguments: ["> /dev/full", ">&-"])
    func aFailedWriteToStandardOutputIsAnError(redirection: String) throws {
        let result = try Self.shell(["-e", "1 + 1"], redirection: redirection)
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: cannot write the results to standard output"))
    }

    @Test(arguments: [["lessons"], ["lesson", "1", "--print"], ["progress"]])
    func lessonCommandsFailWhenStandardOutputIsFull(arguments: [String]) throws {
        let result = try Self.shell(arguments, redirection: "> /dev/full")
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardError.contains("error: cannot write the results to standard output"))
    }

    @Test func runOfAFileToAFullDiskIsAnError() throws {
        let file = try DescentProcess.temporaryFile("1 + 1\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Self.shell(["run", file.path], redirection: "> /dev/full")
        #expect(result.status == 1)
        #expect(result.standardError.contains("the disk is full"))
    }

    @Test func quitEndsAPipedRunWithoutFailing() throws {
        let result = try DescentProcess.run([], input: "x\n:quit\n2 + 2\n")
        #expect(result.standardOutput == "x\n")
        #expect(result.standardError == "")
        #expect(result.status == 0)
    }

    struct OddPath: CustomStringConvertible, Sendable {
        var name: String
        var make: @Sendable (URL) throws -> String
        var message: String
        var description: String { name }
    }

    static let oddPaths: [OddPath] = [
        OddPath(name: "a folder", make: { $0.path }, message: "is a folder, not a file"),
        OddPath(name: "/dev/null", make: { _ in "/dev/null" }, message: "'/dev/null' is a device, not a regular file"),
        OddPath(name: "a FIFO", make: { directory in
            let path = directory.appendingPathComponent("pipe").path
            guard mkfifo(path, 0o600) == 0 else { throw POSIXError(.EEXIST) }
            return path
        }, message: "is a named pipe (FIFO), not a regular file"),
        OddPath(name: "an empty file", make: { directory in
            let url = directory.appendingPathComponent("empty.txt")
            try Data().write(to: url)
            return url.path
        }, message: "is empty: there are no cells to run"),
        OddPath(name: "a missing file", make: { $0.appendingPathComponent("missing.txt").path }, message: "no such file"),
    ]

    @Test(arguments: oddPaths)
    func runSaysWhatAPathReallyIs(path: OddPath) throws {
        let directory = try FileManager.default.temporaryDirectory.appendingPathComponent("descent-odd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try DescentProcess.run(["run", try path.make(directory)])
        #expect(result.standardError.contains(path.message), "\(result.standardError)")
        #expect(result.status == 2)
    }

    struct Encoding: CustomStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var output: String
        var error: String
        var description: String { name }
    }

    static let encodings: [Encoding] = [
        Encoding(name: "a byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + Array("x + x\n".utf8), output: "2x\n", error: ""),
        Encoding(name: "CRLF line ends", bytes: Array("a = 2\r\na^2\r\n".utf8), output: "4\n", error: ""),
        Encoding(name: "invalid UTF-8", bytes: Array("1\n2\n".utf8) + [0xFF, 0x0A], output: "", error: ":3: bytes that are not UTF-8 text"),
        Encoding(name: "a NUL byte", bytes: Array("1\n".utf8) + [0x31, 0x00, 0x0A], output: "", error: ":2: a NUL byte"),
    ]

    @Test(arguments: encodings)
    func filesAreReadAsUTF8Text(encoding: Encoding) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("descent-\(UUID().uuidString).txt")
        try Data(encoding.bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try DescentProcess.run(["run", file.path])
        #expect(result.standardOutput == encoding.output)
        if encoding.error.isEmpty {
            #expect(result.standardError == "")
        } else {
            #expect(result.standardError.contains(file.path + encoding.error), "\(result.standardError)")
        }
    }

    @Test func outputIsRefusedForAFileOfCells() throws {
        let file = try DescentProcess.temporaryFile("1 + 1\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let target = file.path + ".md"
        let result = try DescentProcess.run(["run", file.path, "--output", target])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--output is for notebooks (FILE.md or FILE.ipynb)"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func aSettingReplayedFromASavedFileIsNotEchoed() throws {
        let file = try DescentProcess.temporaryFile(":set digits 3\neval(pi)\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try DescentProcess.run(["run", file.path])
        #expect(result.standardOutput == "3.14\n")
        #expect(result.status == 0)
    }
}

/// `descent run NOTEBOOK.md --output TARGET` writes into what TARGET is.
@Suite struct NotebookOutputTests {
    let notebook = "# A notebook\n\n```descent\n1 + 1\n```\n"

    func run(output: String, in directory: URL) throws -> ChildProcess.Result {
        let source = directory.appendingPathComponent("nb.md")
        try notebook.write(to: source, atomically: true, encoding: .utf8)
        return try DescentProcess.run(["run", source.path, "--output", output])
    }

    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("descent-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.md")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.md")
        let result = try run(output: link.path, in: folder)
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.md")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("```output\n2\n```"))
    }

    @Test func aHardLinkedFileIsWrittenForEveryName() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.md"), second = folder.appendingPathComponent("second.md")
        try "old".write(to: first, atomically: true, encoding: .utf8)
        try FileManager.default.linkItem(at: first, to: second)
        #expect(try run(output: first.path, in: folder).status == 0)
        #expect(try String(contentsOf: second, encoding: .utf8).contains("```output\n2\n```"))
    }

    @Test func aPrivateFileKeepsItsMode() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("private.md")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        chmod(target.path, 0o600)
        #expect(try run(output: target.path, in: folder).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("```output\n2\n```"))
    }

    @Test func aNamedPipeIsRefusedAndStaysAPipe() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let result = try run(output: pipe, in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("is a named pipe (FIFO), not a regular file"))
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["nb.md", "pipe"])
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("nb.md"), target = folder.appendingPathComponent("out.md")
        try notebook.write(to: source, atomically: true, encoding: .utf8)
        try "old".write(to: target, atomically: true, encoding: .utf8)
        // A file size limit of zero makes every write to a regular file fail with EFBIG.
        let command = "trap '' XFSZ; ulimit -f 0; exec \"$0\" run \"$1\" --output \"$2\""
        let result = try DescentProcess.run(["-c", command, try DescentExecutable.path(), source.path, target.path],
                                            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot write '\(target.path)': the file would be too large"), "\(result.standardError)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["nb.md", "out.md"])
    }

    @Test func aMissingFolderIsNamedInPlainWords() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(output: folder.appendingPathComponent("nowhere/out.md").path, in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("the folder does not exist"))
    }
}

/// A student's name (from `--name`, `DESCENT_STUDENT` or a log) cannot drive the terminal.
@Suite struct ProgressFileEscapeTests {
    @Test func aNameWithControlCharactersIsShownEscaped() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("descent-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }
        let name = "eve\u{1B}]2;PWN\u{07}\u{202E}"
        let result = try DescentProcess.run(["progress"], environment: ["XDG_DATA_HOME": data.path, "DESCENT_STUDENT": name])
        #expect(result.standardOutput.contains("eve\\e]2;PWN\\a\\u{202E}"), "\(result.standardOutput.debugDescription)")
        #expect(!result.standardOutput.contains("\u{1B}"))
    }
}

import Foundation
import Kernel
import Testing

/// The one way user-named files are written: into what the name is, or refused plainly.
@Suite struct UserFileTests {
    @Test(arguments: ["/dev/null", "/dev/full"])
    func aDeviceIsRefusedAndLeftAsItIs(path: String) {
        #expect(throws: UserFileError.notRegularFile(path: path, kind: "a device")) {
            try UserFile.write("2 cells\n", to: path)
        }
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aNewFileIsCreatedWithNoTemporaryFileLeftBehind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-userfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cells.txt").path
        try UserFile.write("a = 1\n", to: path)
        try UserFile.write("a = 2\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a = 2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cells.txt"])
    }

    @Test func aDanglingLinkIsFollowedToTheFileItNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("descent-userfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        try UserFile.write("x\n", to: link)
        #expect(try String(contentsOfFile: folder.appendingPathComponent("target.txt").path, encoding: .utf8) == "x\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.txt")
    }

    @Test(arguments: [
        (ENOSPC, "the disk is full"), (EACCES, "permission denied"), (EROFS, "the file system is read-only"),
        (ENOENT, "the folder does not exist"), (EDQUOT, "the disk quota is used up"),
    ])
    func systemErrorsAreSaidInPlainWords(code: Int32, words: String) {
        let error = UserFileError.system(path: "out.md", action: .write, errno: code)
        #expect(error.description == "cannot write 'out.md': \(words)")
    }

    @Test func textDropsAByteOrderMarkAndReadsCRLFAsLF() throws {
        #expect(try UserFile.text(of: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8), named: "f") == "a\nb\n")
        #expect(throws: UserFileError.notText(path: "f", line: 2, reason: "a NUL byte (is this a binary file?)")) {
            try UserFile.text(of: Array("a\nb\0\n".utf8), named: "f")
        }
    }
}

import DescentTestSupport
import Foundation
import Testing

@Suite struct GoldenFilesTests {
    @Test func aMatchingTextPasses() throws {
        let folder = try TemporaryDirectory()
        try "a\nb\n".write(to: folder.url.appendingPathComponent("g.txt"), atomically: true, encoding: .utf8)
        GoldenFiles(directory: folder.url, isRecording: false).check("g.txt", "a\nb\n")
    }

    @Test func aDifferentTextFails() throws {
        let folder = try TemporaryDirectory()
        try "a\nb\n".write(to: folder.url.appendingPathComponent("g.txt"), atomically: true, encoding: .utf8)
        withKnownIssue {
            GoldenFiles(directory: folder.url, isRecording: false).check("g.txt", "a\nc\n")
        } matching: { issue in
            String(describing: issue).contains("-b") && String(describing: issue).contains("+c")
        }
    }

    @Test func recordingWritesTheFileAndFails() throws {
        let folder = try TemporaryDirectory()
        withKnownIssue {
            GoldenFiles(directory: folder.url, isRecording: true).check("new.txt", "fresh\n")
        }
        #expect(try String(contentsOf: folder.url.appendingPathComponent("new.txt"), encoding: .utf8) == "fresh\n")
    }

    @Test func recordingAnUnchangedFileFailsToo() throws {
        let folder = try TemporaryDirectory()
        try "same\n".write(to: folder.url.appendingPathComponent("g.txt"), atomically: true, encoding: .utf8)
        withKnownIssue {
            GoldenFiles(directory: folder.url, isRecording: true).check("g.txt", "same\n")
        }
    }
}

import Foundation

/// `LessonEmbedder OUTPUT FOLDER`: writes a Swift file declaring `BuiltinLessons.files`, one
/// `LessonFile` per `.md` file in `FOLDER` (`README.md` excepted, in file-name order), its text
/// embedded exactly as a raw string literal.
///
/// Run by the `EmbedLessons` build-tool plugin; not meant to be run by hand.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: LessonEmbedder OUTPUT FOLDER\n".utf8))
    exit(2)
}
let (output, folder) = (arguments[0], URL(fileURLWithPath: arguments[1]))

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

/// A raw string literal holding `text` exactly: one `#` more than the longest run of `#` in it,
/// so neither the closing delimiter nor an escape can occur inside.
func rawLiteral(_ text: String) -> String {
    var longest = 0, run = 0
    for character in text.unicodeScalars {
        run = character == "#" ? run + 1 : 0
        longest = max(longest, run)
    }
    let hashes = String(repeating: "#", count: longest + 1)
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
    fail("cannot read the lesson folder \(folder.path)")
}
var source = """
    // Generated at build time by the EmbedLessons plugin from Lessons/*.md.

    /// The chapters that ship inside the binary, in file-name order.
    enum BuiltinLessons {
        static let files: [LessonFile] = [

    """
for name in names.sorted() where name.hasSuffix(".md") && name != "README.md" {
    let url = folder.appendingPathComponent(name)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        fail("cannot read the lesson \(url.path) as UTF-8 text")
    }
    source += "LessonFile(name: \(String(reflecting: name)), text: \(rawLiteral(text))),\n"
}
source += "]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(output): \(error.localizedDescription)")
}

import Foundation

/// `LessonEmbedder OUTPUT LESSON.md...`: writes a Swift file declaring `BuiltinLessons.files`,
/// one `LessonFile` per lesson, its text embedded exactly as a raw string literal.
///
/// Run by the `EmbedLessons` build-tool plugin; not meant to be run by hand.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: LessonEmbedder OUTPUT LESSON.md...\n".utf8))
    exit(2)
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

var source = """
    // Generated at build time by the EmbedLessons plugin from Lessons/*.md.

    /// The chapters that ship inside the binary, in file-name order.
    enum BuiltinLessons {
        static let files: [LessonFile] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    do {
        let text = try String(contentsOf: url, encoding: .utf8)
        source += "LessonFile(name: \(String(reflecting: url.lastPathComponent)), text: \(rawLiteral(text))),\n"
    } catch {
        FileHandle.standardError.write(Data("error: cannot read the lesson \(path): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
source += "]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("error: cannot write \(output): \(error.localizedDescription)\n".utf8))
    exit(1)
}

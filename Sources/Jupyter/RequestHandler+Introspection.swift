import Kernel
import Language
import Lessons
import Terminal

/// `complete_request`, `inspect_request` and `is_complete_request`: Tab, Shift-Tab and
/// the console's "run or continue?" question. Cursor positions count Unicode code points.
extension RequestHandler {
    func complete(_ content: JSONValue) -> JSONValue {
        let scalars = Array((content["code"]?.string ?? "").unicodeScalars)
        let cursor = min(max(0, content["cursor_pos"]?.int ?? scalars.count), scalars.count)
        let breaks = Set(Completion.wordBreaks.unicodeScalars)
        var start = cursor
        while start > 0, !breaks.contains(scalars[start - 1]) { start -= 1 }
        var lineStart = start
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<cursor]))
        let before = String(String.UnicodeScalarView(scalars[lineStart..<start]))
        let vocabulary = Completion.Vocabulary(
            builtins: Session.builtinNames, functions: Array(session.functions.keys), variables: Array(session.variables.keys),
            commands: Session.commandNames + RequestHandler.kernelCommands,
            lessons: lessons?.setup.chapterNames ?? [])
        let candidates = Completion.candidates(for: word, after: before, in: vocabulary) ?? []
        return ["status": "ok", "matches": .array(candidates.map { .string($0.text) }),
                "cursor_start": .int(start), "cursor_end": .int(cursor), "metadata": [:]]
    }

    func inspect(_ content: JSONValue) -> JSONValue {
        let scalars = Array((content["code"]?.string ?? "").unicodeScalars)
        let cursor = min(max(0, content["cursor_pos"]?.int ?? scalars.count), scalars.count)
        func isNamePart(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || scalar == "_" || ("0"..."9").contains(scalar) }
        var start = cursor, end = cursor
        while start > 0, isNamePart(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, isNamePart(scalars[end]) { end += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<end]))
        guard !name.isEmpty, Session.builtinNames.contains(name) || Session.commands[name] != nil else {
            return ["status": "ok", "found": false, "data": [:], "metadata": [:]]
        }
        return ["status": "ok", "found": true, "data": ["text/plain": .string(session.help(name))], "metadata": [:]]
    }

    /// `complete` when the code can run, `incomplete` with an indent when a bracket is open
    /// or the last line ends in `\`, `invalid` when it cannot parse.
    static func isComplete(_ content: JSONValue) -> JSONValue {
        let code = content["code"]?.string ?? ""
        if code.hasSuffix("\\") { return ["status": "incomplete", "indent": ""] }
        var depth = 0
        for character in code where !code.hasPrefix(":") {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
            if depth < 0 { return ["status": "invalid"] }
        }
        if depth > 0 { return ["status": "incomplete", "indent": "  "] }
        for cell in CellReader().cells(in: code) {
            do throws(SyntaxError) {
                _ = try Cell.parse(cell.text)
            } catch {
                return ["status": "invalid"]
            }
        }
        return ["status": "complete"]
    }
}

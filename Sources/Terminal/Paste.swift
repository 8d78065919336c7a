import Kernel

/// Text pasted at the prompt in one go (readline's bracketed paste hands it over as one line
/// with its newlines): each of its lines is a cell of its own, as in IPython, with `\`
/// and open brackets continuing a cell as they do in a file.
enum Paste {
    /// The cells in pasted `text`; CRLF and CR count as line ends.
    static func cells(in text: String) -> [String] {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return CellReader().cells(in: lines).map(\.text)
    }

    /// The escape sequences that move the cursor back over the pasted block readline drew
    /// after `prompt` and clear it, so each cell can be shown again under its own `In [n]:`.
    static func erasure(of text: String, after prompt: Prompt, columns: Int) -> String {
        let promptWidth = prompt.lessonPrompt?.count ?? "In [\(prompt.number)]: ".count
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
        var rows = 0
        for (index, line) in lines.enumerated() {
            let width = line.count + (index == 0 ? promptWidth : 0)
            rows += max(1, (width + max(1, columns) - 1) / max(1, columns))
        }
        return "\u{1B}[\(rows)A\r\u{1B}[J"
    }
}

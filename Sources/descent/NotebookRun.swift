import Foundation
import Kernel
import Lessons

/// `descent run FILE.md [--output OUT.md]`: a Markdown notebook with every cell's output
/// filled in, written to OUT.md or printed; failing cells reported as `FILE:LINE: error`.
struct NotebookRun {
    var file: String
    var text: String
    var output: String?
    var key = false

    func run(options: GlobalOptions) -> Bool {
        var settings = options.settings(outputIsTerminal: false)
        settings.color = false
        let renderer = NotebookRenderer(settings: settings, seed: options.seed, key: key)
        let (markdown, failures) = renderer.render(LessonFile(name: file, text: text))
        for failure in failures {
            StandardStreams.writeError("\(failure.file):\(failure.line): \(failure.message)")
        }
        guard let output, output != "-" else {
            let text = isatty(STDOUT_FILENO) == 1 ? TerminalText.escaped(markdown) : markdown
            StandardStreams.write(text.hasSuffix("\n") ? text : text + "\n")
            return failures.isEmpty
        }
        do throws(UserFileError) {
            try UserFile.write(markdown, to: output)
        } catch {
            StandardStreams.writeError("error: \(error.description)")
            return false
        }
        return failures.isEmpty
    }
}

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
            FileHandle.standardError.write(Data("\(failure.file):\(failure.line): \(failure.message)\n".utf8))
        }
        guard let output, output != "-" else {
            print(markdown, terminator: markdown.hasSuffix("\n") ? "" : "\n")
            return failures.isEmpty
        }
        do {
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("error: cannot write '\(output)': \(error.localizedDescription)\n".utf8))
            return false
        }
        return failures.isEmpty
    }
}

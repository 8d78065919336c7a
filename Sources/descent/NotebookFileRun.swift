import Foundation
import Jupyter
import Kernel

/// `descent run FILE.ipynb [--output OUT.ipynb]`: executes a Jupyter notebook headless and
/// writes it with every output filled in (to OUT.ipynb, or standard output). A chapter's
/// notebook has its answers checked and recorded for the student, as in the kernel.
struct NotebookFileRun {
    var file: String
    var data: Data
    var output: String?

    func run(options: GlobalOptions) -> Bool {
        var settings = options.settings(outputIsTerminal: false)
        settings.color = false
        let result: (notebook: Data, failures: Int)
        do throws(NotebookError) {
            let lessons = (try? LessonOptions.parse([]))?.setup(global: options)
            if let warning = lessons?.warning { StandardStreams.writeError(warning) }
            result = try NotebookRunner(session: Session(settings: settings), lessons: lessons?.setup).run(data)
        } catch {
            StandardStreams.writeError("error: \(file): \(error.description)")
            return false
        }
        if result.failures > 0 {
            StandardStreams.writeError("error: \(file): \(result.failures) cell(s) ended in an error; see their outputs")
        }
        guard let output, output != "-" else {
            StandardStreams.write(String(decoding: result.notebook, as: UTF8.self))
            return result.failures == 0
        }
        do throws(UserFileError) {
            try UserFile.write([UInt8](result.notebook), to: output)
        } catch {
            StandardStreams.writeError("error: \(error.description)")
            return false
        }
        return result.failures == 0
    }
}

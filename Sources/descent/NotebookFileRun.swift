import Foundation
import Jupyter
import Kernel

/// `descent run FILE.ipynb [--output OUT.ipynb]`: executes a Jupyter notebook headless and
/// writes it with every output filled in (to OUT.ipynb, or standard output).
struct NotebookFileRun {
    var file: String
    var data: Data
    var output: String?

    func run(options: GlobalOptions) -> Bool {
        var settings = options.settings(outputIsTerminal: false)
        settings.color = false
        let result: (notebook: Data, failures: Int)
        do throws(NotebookError) {
            result = try NotebookRunner(session: Session(settings: settings)).run(data)
        } catch {
            FileHandle.standardError.write(Data("error: \(file): \(error.description)\n".utf8))
            return false
        }
        if result.failures > 0 {
            FileHandle.standardError.write(Data("error: \(file): \(result.failures) cell(s) ended in an error; see their outputs\n".utf8))
        }
        guard let output else {
            FileHandle.standardOutput.write(result.notebook)
            return result.failures == 0
        }
        do {
            try result.notebook.write(to: URL(fileURLWithPath: output))
        } catch {
            FileHandle.standardError.write(Data("error: cannot write '\(output)': \(error.localizedDescription)\n".utf8))
            return false
        }
        return result.failures == 0
    }
}

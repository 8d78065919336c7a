import ArgumentParser
import Foundation
import Kernel

/// `descent run FILE`: runs a file of cells and prints each result.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a file of cells (one per line; a trailing \\ continues) and print each result."
    )

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The file to run.")
    var file: String

    @Option(help: ArgumentHelp("For a Markdown or Jupyter (.ipynb) notebook: write it with every cell's output filled in here.", valueName: "file"))
    var output: String?

    mutating func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("error: cannot read '\(file)': no such file or not readable\n".utf8))
            throw ExitCode(2)
        }
        if file.hasSuffix(".ipynb") {
            throw ExitCode(NotebookFileRun(file: file, data: data, output: output).run(options: options) ? 0 : 1)
        }
        if file.hasSuffix(".md") {
            let ok = NotebookRun(file: file, text: String(decoding: data, as: UTF8.self), output: output).run(options: options)
            throw ExitCode(ok ? 0 : 1)
        }
        let session = Session(settings: options.settings(outputIsTerminal: isatty(STDOUT_FILENO) == 1))
        let cells = CellReader().cells(in: String(decoding: data, as: UTF8.self))
        let ok = BatchRunner(session: session).run(cells, file: file)
        throw ExitCode(ok ? 0 : 1)
    }
}

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

    @Option(help: ArgumentHelp("For a Markdown or Jupyter (.ipynb) notebook: write it with every cell's output filled in here (`-` for standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "For a Markdown lesson: follow each exercise's question with its answer (a teacher's key).")
    var key = false

    func validate() throws {
        if output != nil, !file.hasSuffix(".md"), !file.hasSuffix(".ipynb") {
            throw ValidationError(
                "--output is for notebooks (FILE.md or FILE.ipynb); to keep the results of '\(file)', redirect them: descent run \(file) > RESULTS")
        }
    }

    mutating func run() throws {
        let text: String
        do throws(UserFileError) {
            text = try UserFile.readText(at: file)
        } catch {
            StandardStreams.writeError("error: \(error.description)")
            throw ExitCode(2)
        }
        if file.hasSuffix(".ipynb") {
            throw ExitCode(StandardStreams.finish(ok: NotebookFileRun(file: file, data: Data(text.utf8), output: output).run(options: options)))
        }
        if file.hasSuffix(".md") {
            let ok = NotebookRun(file: file, text: text, output: output, key: key).run(options: options)
            throw ExitCode(StandardStreams.finish(ok: ok))
        }
        let session = Session(settings: options.settings(outputIsTerminal: isatty(STDOUT_FILENO) == 1))
        let ok = BatchRunner(session: session).run(CellReader().cells(in: text), file: file)
        throw ExitCode(StandardStreams.finish(ok: ok))
    }
}

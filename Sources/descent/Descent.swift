import ArgumentParser
import Foundation
import Kernel

/// The `descent` command line: the REPL on a terminal, cells from `-e`, a file or a pipe otherwise.
@main
struct Descent: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Learn gradient descent: exact derivatives, optimizers step by step, plots and lessons.",
        discussion: """
        With no arguments on a terminal, opens the interactive REPL.
        With -e, or with cells piped to standard input, prints each cell's result.
        """,
        version: DescentVersion.current,
        subcommands: [
            RunCommand.self, LessonsCommand.self, LessonCommand.self, ProgressCommand.self, GradeCommand.self,
            KernelCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var lessonOptions: LessonOptions

    @Option(name: .customShort("e"), parsing: .unconditionalSingleValue, help: ArgumentHelp("Evaluate a cell and print its result (repeatable).", valueName: "cell"))
    var cells: [String] = []

    mutating func run() throws {
        let session = Session(settings: options.settings(outputIsTerminal: isatty(STDOUT_FILENO) == 1))
        if !cells.isEmpty {
            let ok = BatchRunner(session: session).run(cells.map { CellReader.Entry(text: $0, line: 0) }, file: nil)
            throw ExitCode(StandardStreams.finish(ok: ok))
        }
        if isatty(STDIN_FILENO) == 1 {
            throw ExitCode(InteractiveLauncher.run(session: session, options: options, lessonOptions: lessonOptions))
        }
        let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let text: String
        do throws(UserFileError) {
            text = try UserFile.text(of: input, named: "standard input")
        } catch {
            StandardStreams.writeError("error: \(error.description)")
            throw ExitCode(2)
        }
        let ok = BatchRunner(session: session).run(CellReader().cells(in: text), file: nil)
        throw ExitCode(StandardStreams.finish(ok: ok))
    }
}

enum DescentVersion {
    static let current = "0.1.0"
}

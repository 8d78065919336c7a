import Foundation
import Kernel
import Language
import Terminal

/// Runs cells without a prompt: results on standard output, errors on standard error.
///
/// Only the outputs a later cell can name are kept (``Session/OutputRetention``), so a
/// file of a million cells runs in the memory of the few it refers back to.
struct BatchRunner {
    let session: Session

    /// Runs every cell, continuing after errors, until the end or `:quit`; returns whether
    /// all succeeded.
    func run(_ cells: [CellReader.Entry], file: String?) -> Bool {
        session.outputRetention = .referenced(by: cells.map(\.text))
        var ok = true
        session.streamedText = { StandardStreams.write($0 + "\n") }
        for cell in cells {
            let result = session.execute(cell.text)
            if let command = result.command {
                if command.name == "quit" { break }
                ok = false
                let message = Session.commands[command.name] == nil
                    ? Session.commands.unknown(command.name)
                    : Session.notebookOnly(command.name) ?? ":\(command.name) runs only at the prompt of descent, not in a file of cells"
                StandardStreams.writeError("error: \(location(file, cell))\(TerminalText.escaped(message))")
                continue
            }
            // A setting changed by `:set KEY VALUE` needs no echo in a batch run: the results show it.
            if result.changedSetting { continue }
            guard let output = result.output else { continue }
            let text = Self.painted(output, settings: session.settings)
            if text.isEmpty && !result.failed { continue }
            if case .printedToStandardError = output {
                StandardStreams.writeError(text)
            } else if result.failed {
                ok = false
                StandardStreams.writeError(location(file, cell) + text)
            } else {
                StandardStreams.write(text + "\n")
            }
        }
        return ok
    }

    /// The output as text, its plots in their series colours when colour is on (forced with
    /// FORCE_COLOR, or a terminal). Only plots are coloured, as a batch run always has: its
    /// numerals and errors stay plain for the files and pipes results usually go to.
    static func painted(_ output: Output, settings: Settings) -> String {
        let renderer = TextRenderer(settings: settings)
        guard settings.color else { return renderer.render(output) }
        var plotColours = StyledText()
        for run in renderer.styled(output).runs {
            switch run.style {
            case .series?, .dim?: plotColours.append(run.text, run.style)
            default: plotColours.append(run.text)
            }
        }
        return Palette(isEnabled: true).paint(plotColours)
    }

    private func location(_ file: String?, _ cell: CellReader.Entry) -> String {
        guard let file else { return "" }
        return "\(TerminalText.escaped(file)):\(cell.line): "
    }
}

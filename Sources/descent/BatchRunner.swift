import Foundation
import Kernel
import Language

/// Runs cells without a prompt: results on standard output, errors on standard error.
struct BatchRunner {
    let session: Session

    /// Runs every cell, continuing after errors; returns whether all succeeded.
    func run(_ cells: [CellReader.Entry], file: String?) -> Bool {
        var ok = true
        let renderer = { TextRenderer(settings: session.settings) }
        session.streamedText = { print($0) }
        for cell in cells {
            let result = session.execute(cell.text)
            if let command = result.command {
                ok = false
                let known = Session.commandNames + ["quit"]
                if command.name == "quit" { break }
                let hint = Suggestion.nearest(to: command.name, among: known).map { " (did you mean ':\($0)'?)" } ?? ""

                writeError("error: \(location(file, cell))unknown command ':\(command.name)'\(hint)")
                continue
            }
            guard let output = result.output else { continue }
            let text = renderer().render(output)
            if text.isEmpty && !result.failed { continue }
            if result.failed {
                ok = false
                writeError(location(file, cell) + text)
            } else {
                print(text)
            }
        }
        return ok
    }

    private func location(_ file: String?, _ cell: CellReader.Entry) -> String {
        guard let file else { return "" }
        return "\(file):\(cell.line): "
    }

    private func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

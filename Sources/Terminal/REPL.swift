import CReadline
import Foundation
import Kernel

/// The interactive notebook on a terminal: numbered `In [n]:` prompts read with GNU
/// readline, results under `Out[n]:`.
public struct REPL {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// Runs until `:quit` or Ctrl-D; returns the process exit status.
    public func run() -> Int32 {
        let renderer = { TextRenderer(settings: session.settings) }
        while true {
            let number = session.executionCount + 1
            guard let line = readLine(prompt: "In [\(number)]: ") else {
                print("")
                return 0
            }
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(line) }
            let result = session.execute(line)
            if let command = result.command {
                if command.name == "quit" { return 0 }
                print("error: unknown command ':\(command.name)'")
                continue
            }
            guard let output = result.output else { continue }
            let text = renderer().render(output)
            if result.failed || result.number == nil {
                print(text)
            } else {
                print("Out[\(result.number!)]: " + text)
            }
            print("")
        }
    }

    private func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }
}

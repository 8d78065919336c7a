import Kernel
import Terminal

/// Opens the REPL on a terminal.
enum InteractiveLauncher {
    static func run(session: Session, options: GlobalOptions) -> Int32 {
        REPL(session: session).run()
    }
}
